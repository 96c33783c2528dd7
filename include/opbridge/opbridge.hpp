#pragma once
// Everything in opbridge's core: the IR, the readers and writers, diagnostics and summaries.
// Rule headers (rules/opbridge/rules/...) are included separately, by choice.
#include "opbridge/diagnostics.hpp"
#include "opbridge/ir.hpp"
#include "opbridge/limits.hpp"
#include "opbridge/model_io.hpp"
#include "opbridge/summary.hpp"
#include "opbridge/version.hpp"
