// Must not compile: two rules in one table claim Clip 6 -> 11.
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/table.hpp"
using namespace opbridge::rule;
inline constexpr auto table = sorted(rule_table(adapter<"Clip", 6, 11>(attribute_to_input<"min", 1>),
                                                adapter<"Clip", 6, 11>(attribute_to_input<"max", 2>)));
static_assert(check_unique<table>());
int main() {}
