#pragma once
// Everything in opbridge's core: the IR, the readers and writers, diagnostics and summaries.
// Rule headers (rules/opbridge/rules/...) are included separately, by choice.
#include "opbridge/diagnostics.hpp"
#include "opbridge/ir.hpp"
#include "opbridge/limits.hpp"
#include "opbridge/model_io.hpp"
#include "opbridge/pass/check.hpp"
#include "opbridge/pass/opset_convert.hpp"
#include "opbridge/pass/shape_inference.hpp"
#include "opbridge/report.hpp"
#include "opbridge/rule/pattern.hpp"
#include "opbridge/rule/pipeline.hpp"
#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_axes.hpp"
#include "opbridge/rule/steps_decompose.hpp"
#include "opbridge/rule/steps_nn.hpp"
#include "opbridge/summary.hpp"
#include "opbridge/version.hpp"
