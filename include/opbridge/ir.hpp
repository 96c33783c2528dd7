#pragma once
// The IR in one include: Model, Graph, Node, Value, Tensor, Attribute, Type, DType.
#include "opbridge/ir/attribute.hpp"
#include "opbridge/ir/dtype.hpp"
#include "opbridge/ir/graph.hpp"
#include "opbridge/ir/model.hpp"
#include "opbridge/ir/quantization.hpp"
#include "opbridge/ir/tensor.hpp"
#include "opbridge/ir/type.hpp"
