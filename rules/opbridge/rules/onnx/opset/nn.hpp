#pragma once
// Opset adapters: Gemm, Pow, RoiAlign, ConvTranspose, GridSample, and the ops opsets 16..20
// added to this family (DeformConv, Col2Im, CenterCropPad, AffineGrid).
// (PRelu changes meaning at opset 7 only, below the range converted; its later versions
// widen types.)
#include <numeric>

#include "opbridge/rule/steps.hpp"
#include "opbridge/rule/steps_decompose.hpp"
#include "opbridge/rule/steps_nn.hpp"
#include "opbridge/rule/table.hpp"

namespace opbridge::rules::onnx_opset {
using namespace opbridge::rule;

namespace nn_family {

// ---- ConvTranspose: auto_pad SAME_* -------------------------------------------------------

// The pads auto_pad SAME_* stands for, as the version `version` places the odd pad
// (ConvTranspose-11: SAME_UPPER at the end, SAME_LOWER at the start; ConvTranspose-1 the
// other way round). Nothing when a shape is unknown or the output is larger than the pads
// can make it.
inline std::optional<std::vector<int64_t>> same_pads(const Node& n, int version) {
    auto x = static_shape_of(n.input(0));
    auto kernel = nn_detail::ints_attribute(n, "kernel_shape");
    if (!kernel)
        if (auto w = static_shape_of(n.input(1)); w && w->size() > 2) kernel = std::vector<int64_t>(w->begin() + 2, w->end());
    if (!x || !kernel || x->size() != kernel->size() + 2) return std::nullopt;
    std::size_t r = kernel->size();
    auto ones = std::vector<int64_t>(r, 1), zeros = std::vector<int64_t>(r, 0);
    auto strides = nn_detail::ints_attribute(n, "strides").value_or(ones);
    auto dilations = nn_detail::ints_attribute(n, "dilations").value_or(ones);
    auto output_padding = nn_detail::ints_attribute(n, "output_padding").value_or(zeros);
    auto output_shape = nn_detail::ints_attribute(n, "output_shape").value_or(std::vector<int64_t>{});
    if (output_shape.size() == r + 2) output_shape.erase(output_shape.begin(), output_shape.begin() + 2);
    if (strides.size() != r || dilations.size() != r || output_padding.size() != r || (!output_shape.empty() && output_shape.size() != r))
        return std::nullopt;
    bool odd_at_end = (nn_detail::string_attribute(n, "auto_pad") == "SAME_UPPER") == (version >= 11);
    std::vector<int64_t> pads(2 * r);
    for (std::size_t i = 0; i < r; ++i) {
        int64_t in = (*x)[i + 2];
        int64_t out = output_shape.empty() ? in * strides[i] : output_shape[i];
        int64_t total = strides[i] * (in - 1) + output_padding[i] + (kernel->at(i) - 1) * dilations[i] + 1 - out;
        if (total < 0) return std::nullopt;
        pads[i] = odd_at_end ? total / 2 : total - total / 2;
        pads[i + r] = total - pads[i];
    }
    return pads;
}

// ConvTranspose-11 swapped the ends auto_pad SAME_UPPER/SAME_LOWER give an odd total pad to.
// With known shapes the node gets the explicit pads its own version meant (no change when
// every total is even); otherwise the mode swaps, which keeps the meaning by the spec.
inline void keep_same_padding_meaning(Node& n, RewriteContext&, const AdapterInfo& info) {
    auto mode = nn_detail::string_attribute(n, "auto_pad");
    if (mode != "SAME_UPPER" && mode != "SAME_LOWER") return;
    if (auto pads = same_pads(n, info.from)) {
        std::size_t r = pads->size() / 2;
        bool odd = false;
        for (std::size_t i = 0; i < r; ++i) odd = odd || (*pads)[i] != (*pads)[i + r];
        if (!odd) return;
        n.remove_attribute("auto_pad");
        n.remove_attribute("output_shape");
        n.set_attribute(Attribute::of_ints("pads", *pads));
        return;
    }
    n.set_attribute(Attribute::of_string("auto_pad", *mode == "SAME_UPPER" ? "SAME_LOWER" : "SAME_UPPER"));
}

// ---- CenterCropPad-18: Slice then Pad --------------------------------------------------------

struct CropPad {
    std::vector<int64_t> axes, starts, ends, pads;  // pads for every axis of the input
};
// Each listed axis is cropped (centered, the odd element off the end) or padded (centered,
// the odd element at the end) to the constant target shape; needs the input's dims there.
inline std::optional<CropPad> crop_pad_plan(const Node& n) {
    auto dims = static_shape_of(n.input(0));
    const Tensor* shape_t = RewriteContext::constant_value(n.input(1));
    auto target = shape_t ? tensor_as_int64s(*shape_t) : std::nullopt;
    auto rank = rank_of(n.input(0));
    if (!target || !rank) return std::nullopt;
    std::vector<int64_t> axes = nn_detail::ints_attribute(n, "axes").value_or(std::vector<int64_t>{});
    if (axes.empty()) {
        axes.resize(static_cast<std::size_t>(*rank));
        std::iota(axes.begin(), axes.end(), 0);
    }
    if (axes.size() != target->size()) return std::nullopt;
    CropPad p;
    p.pads.assign(2 * static_cast<std::size_t>(*rank), 0);
    for (std::size_t i = 0; i < axes.size(); ++i) {
        int64_t a = axes[i] < 0 ? axes[i] + *rank : axes[i];
        if (a < 0 || a >= *rank || !dims || (*dims)[a] < 0) return std::nullopt;
        int64_t in = (*dims)[a], want = (*target)[i];
        if (want < in) {
            p.axes.push_back(a);
            p.starts.push_back((in - want) / 2);
            p.ends.push_back((in - want) / 2 + want);
        } else if (want > in) {
            p.pads[a] = (want - in) / 2;
            p.pads[a + *rank] = want - in - (want - in) / 2;
        }
    }
    return p;
}
inline Outcome crop_pad_expressible(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (crop_pad_plan(n)) return Outcome::applied;
    return ctx.error(n, "opset.op-missing", "input 1 ('" + (n.input(1) ? n.input(1)->name() : std::string()) + "')",
                     "CenterCropPad can be rebuilt from Slice and Pad only when the target shape is a constant and the "
                     "input's dims on the cropped or padded axes are known",
                     rule::detail::keep_opset_hint(info) + ", or make the shape constant and the input's shape static");
}
inline void center_crop_pad(Formula& f) {
    CropPad p = *crop_pad_plan(f.node());
    Expr x = f.input(0);
    if (!p.axes.empty()) x = f.op("Slice", {x, f.int64s(p.starts), f.int64s(p.ends), f.int64s(p.axes)});
    if (std::any_of(p.pads.begin(), p.pads.end(), [](int64_t v) { return v != 0; })) x = f.op("Pad", {x, f.int64s(p.pads)});
    f.output(0, x);
}

// ---- Col2Im-18: a ConvTranspose with one-hot kernels ------------------------------------------

// Col2Im sums each column of blocks back into the image: exactly a ConvTranspose of the
// columns, reshaped to the grid of block positions, with a kernel that puts column k of a
// block at position k. Channels become batch entries so the kernel does not depend on C.
struct Col2ImPlan {
    std::vector<int64_t> image, block, strides, dilations, pads, blocks_per_dim, output_padding;
};
inline std::optional<Col2ImPlan> col2im_plan(const Node& n) {
    const Tensor* image = RewriteContext::constant_value(n.input(1));
    const Tensor* block = RewriteContext::constant_value(n.input(2));
    if (!image || !block) return std::nullopt;
    Col2ImPlan p{*tensor_as_int64s(*image), *tensor_as_int64s(*block), {}, {}, {}, {}, {}};
    std::size_t r = p.image.size();
    if (r == 0 || p.block.size() != r) return std::nullopt;
    p.strides = nn_detail::ints_attribute(n, "strides").value_or(std::vector<int64_t>(r, 1));
    p.dilations = nn_detail::ints_attribute(n, "dilations").value_or(std::vector<int64_t>(r, 1));
    p.pads = nn_detail::ints_attribute(n, "pads").value_or(std::vector<int64_t>(2 * r, 0));
    if (p.strides.size() != r || p.dilations.size() != r || p.pads.size() != 2 * r) return std::nullopt;
    for (std::size_t i = 0; i < r; ++i) {
        int64_t span = p.image[i] + p.pads[i] + p.pads[i + r] - ((p.block[i] - 1) * p.dilations[i] + 1);
        if (span < 0 || p.strides[i] <= 0) return std::nullopt;
        p.blocks_per_dim.push_back(span / p.strides[i] + 1);
        p.output_padding.push_back(span % p.strides[i]);  // image rows no block reaches
    }
    return p;
}
inline Outcome col2im_expressible(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    if (!col2im_plan(n))
        return ctx.error(n, "opset.op-missing", "inputs 1 and 2",
                         "Col2Im can be rebuilt from ConvTranspose only when image_shape and block_shape are constants",
                         rule::detail::keep_opset_hint(info) + ", or make both inputs constant");
    auto t = infer_dtype(n.input(0));
    if (t == DType::float32 || t == DType::float64 || t == DType::float16) return Outcome::applied;
    return ctx.error(n, "opset.dtype", "input 0",
                     "Col2Im is rebuilt from ConvTranspose, which takes float16, float and double only, not " +
                         (t ? onnx_schema::tensor_type_string(*t) : std::string("an unknown type")),
                     rule::detail::keep_opset_hint(info));
}
inline void col2im(Formula& f) {
    Col2ImPlan p = *col2im_plan(f.node());
    Expr x = f.input(0);
    int64_t per_block = std::accumulate(p.block.begin(), p.block.end(), int64_t{1}, std::multiplies<>());
    // One-hot kernel [K, 1, block...]: column k of a block lands at k's position in the block.
    std::vector<int64_t> kernel_dims{per_block, 1};
    kernel_dims.insert(kernel_dims.end(), p.block.begin(), p.block.end());
    std::vector<double> one_hot(static_cast<std::size_t>(per_block * per_block), 0.0);
    for (int64_t k = 0; k < per_block; ++k) one_hot[static_cast<std::size_t>(k * per_block + k)] = 1.0;
    Expr kernel = f.constant(*make_tensor(x.dtype, kernel_dims, one_hot));
    std::vector<int64_t> grid{-1, per_block};
    grid.insert(grid.end(), p.blocks_per_dim.begin(), p.blocks_per_dim.end());
    Expr columns = f.op("Reshape", {x, f.int64s(grid)});
    Expr image = f.op("ConvTranspose", {columns, kernel},
                      {Attribute::of_ints("strides", p.strides), Attribute::of_ints("dilations", p.dilations),
                       Attribute::of_ints("pads", p.pads), Attribute::of_ints("output_padding", p.output_padding)});
    // [N*C, 1, image...] -> [N, C, image...]: N from the input, C inferred.
    Expr batch = f.op("Slice", {f.op("Shape", {x}, {}, DType::int64), f.int64s({0}), f.int64s({1})});
    std::vector<int64_t> rest{-1};
    rest.insert(rest.end(), p.image.begin(), p.image.end());
    Expr shape = f.op("Concat", {batch, f.int64s(rest)}, {Attribute::of_int("axis", 0)}, DType::int64);
    f.output(0, f.op("Reshape", {image, shape}));
}

// ---- AffineGrid-20: a constant base grid times theta -------------------------------------------

// AffineGrid makes, for each output position, theta @ (x, y[, z], 1) with x, y, z the
// normalized coordinates of the position; with a constant size that is one MatMul of a
// constant base grid [positions, r + 1] by theta transposed.
inline Outcome affine_grid_expressible(const Node& n, RewriteContext& ctx, const AdapterInfo& info) {
    const Tensor* size = RewriteContext::constant_value(n.input(1));
    auto dims = size ? tensor_as_int64s(*size) : std::nullopt;
    if (dims && (dims->size() == 4 || dims->size() == 5)) return Outcome::applied;
    return ctx.error(n, "opset.needs-constant", "input 1 ('" + (n.input(1) ? n.input(1)->name() : std::string()) + "')",
                     "AffineGrid can be rebuilt from MatMul only when its size input is a constant",
                     rule::detail::keep_opset_hint(info) + ", or make the size constant");
}
inline void affine_grid(Formula& f) {
    auto size = *tensor_as_int64s(*f.constant_input(1));
    bool align_corners = f.int_attribute("align_corners", 0) != 0;
    std::vector<int64_t> spatial(size.begin() + 2, size.end());  // (H, W) or (D, H, W)
    std::size_t r = spatial.size();
    // Normalized coordinate i of an axis of n positions: pixel centers, or the corners.
    auto coordinate = [&](int64_t i, int64_t count) {
        if (align_corners) return count > 1 ? -1.0 + 2.0 * static_cast<double>(i) / static_cast<double>(count - 1) : -1.0;
        return (2.0 * static_cast<double>(i) + 1.0) / static_cast<double>(count) - 1.0;
    };
    int64_t positions = std::accumulate(spatial.begin(), spatial.end(), int64_t{1}, std::multiplies<>());
    std::vector<double> base;
    for (int64_t p = 0; p < positions; ++p) {
        // x runs along the last axis, then y, then z; each row is (x, y[, z], 1).
        int64_t rest = p;
        std::vector<double> row(r + 1, 1.0);
        for (std::size_t d = 0; d < r; ++d) {
            std::size_t axis = r - 1 - d;
            row[d] = coordinate(rest % spatial[axis], spatial[axis]);
            rest /= spatial[axis];
        }
        base.insert(base.end(), row.begin(), row.end());
    }
    Expr theta = f.input(0);
    Expr grid = f.constant(*make_tensor(theta.dtype, {positions, static_cast<int64_t>(r + 1)}, base));
    Expr points = f.op("MatMul", {grid, f.op("Transpose", {theta}, {Attribute::of_ints("perm", {0, 2, 1})})});
    std::vector<int64_t> out{size[0]};
    out.insert(out.end(), spatial.begin(), spatial.end());
    out.push_back(static_cast<int64_t>(r));
    f.output(0, f.op("Reshape", {points, f.int64s(out)}));
}

} // namespace nn_family

inline constexpr auto nn = rule_table(
    // Gemm-11 made C optional ("as if C were 0"); Gemm-9 requires it.
    adapter<"Gemm", 9, 11>(),
    adapter<"Gemm", 11, 9>(scalar_for_omitted_input<2, 0, 0>),

    // Pow-12 lets the exponent's type differ from the base's and takes integer bases;
    // Pow-7 ties both to one float type.
    adapter<"Pow", 7, 12>(),
    adapter<"Pow", 12, 7>(compute_integer_inputs_in<DType::float64, 0, 1>, cast_input_to_dtype_of<1, 0>),

    // RoiAlign-16 added coordinate_transformation_mode, default half_pixel; RoiAlign-10
    // behaves as output_half_pixel (no -0.5 shift, and roi sizes of at least 1).
    adapter<"RoiAlign", 10, 16>(default_attribute<"coordinate_transformation_mode", "output_half_pixel"_s>),
    adapter<"RoiAlign", 16, 10>(attribute_with_default_one_of<"coordinate_transformation_mode", "half_pixel"_s, "output_half_pixel"_s>,
                                drop_attribute<"coordinate_transformation_mode">),
    unsupported<"RoiAlign", 10, 0>("no older op pools regions by bilinear sampling (MaxRoiPool takes the max over "
                                   "integer bins); convert to opset 10 or later"),

    // ConvTranspose-11 swapped which end auto_pad SAME_UPPER/SAME_LOWER give an odd pad to.
    adapter<"ConvTranspose", 1, 11>(native<no_check, nn_family::keep_same_padding_meaning, "SAME_* auto_pad keeps its pads">),
    adapter<"ConvTranspose", 11, 1>(native<no_check, nn_family::keep_same_padding_meaning, "SAME_* auto_pad keeps its pads">),

    // GridSample-20 renamed modes bilinear -> linear and bicubic -> cubic and takes N-D
    // inputs; GridSample-16 takes 4-D only.
    adapter<"GridSample", 16, 20>(rename_attribute_value<"mode", "bilinear"_s, "linear"_s>,
                                  rename_attribute_value<"mode", "bicubic"_s, "cubic"_s>),
    adapter<"GridSample", 20, 16>(input_rank_is<0, 4>, rename_attribute_value<"mode", "linear"_s, "bilinear"_s>,
                                  rename_attribute_value<"mode", "cubic"_s, "bicubic"_s>),
    unsupported<"GridSample", 16, 0>("no older op samples an input at arbitrary grid positions; convert to opset 16 or later"),

    unsupported<"DeformConv", 19, 0>("no older op convolves at learned per-position offsets; convert to opset 19 or later"),
    decomposition<"Col2Im", 18>(guard<nn_family::col2im_expressible, "constant image and block shapes, float input">,
                                formula<nn_family::col2im, "ConvTranspose of the columns with one-hot kernels">),
    decomposition<"CenterCropPad", 18>(guard<nn_family::crop_pad_expressible, "constant shape, known input dims">,
                                       formula<nn_family::center_crop_pad, "Slice (crop) then Pad (pad), centered">),
    decomposition<"AffineGrid", 20>(guard<nn_family::affine_grid_expressible, "constant size">,
                                    formula<nn_family::affine_grid, "constant base grid @ transpose(theta)">));

} // namespace opbridge::rules::onnx_opset
