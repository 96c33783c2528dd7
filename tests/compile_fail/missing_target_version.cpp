// Must not compile: Clip has no schema version 10 (its versions are 1, 6, 11, 12, 13).
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"
using namespace opbridge::rule;
inline constexpr auto table = rule_table(adapter<"Clip", 6, 10>(attribute_to_input<"min", 1>));
int main() {}
