#!/usr/bin/env bash
# Writes the small TFLite seeds of fuzz_tflite_reader and fuzz_tflite_to_onnx into this folder:
# models/tiny_cnn.onnx converted by the CLI as it is, with --nhwc-io and with --fp16, and the
# ONNX backend node tests of the ops named below that convert (one file per op kind, so the
# seeds cover many TFLite builtins while each stays a few hundred bytes).
#   tests/fuzz/seeds/make.sh path/to/opbridge
set -euo pipefail
cli=${1:?usage: make.sh path/to/opbridge}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$here/../../.." && pwd)
node=/usr/share/libonnx-testdata/data/node
rm -f "$here"/*.tflite
"$cli" convert "$repo_dir/models/tiny_cnn.onnx" "$here/tiny_cnn.tflite" >/dev/null
"$cli" convert "$repo_dir/models/tiny_cnn.onnx" "$here/tiny_cnn_nhwc_io.tflite" --nhwc-io >/dev/null
"$cli" convert "$repo_dir/models/tiny_cnn.onnx" "$here/tiny_cnn_fp16.tflite" --fp16 >/dev/null
for t in abs add_bcast and_bcast4v2d argmax_keepdims_example \
         averagepool_2d_pads_count_include_pad cast_FLOAT_to_FLOAT16 clip_default_inbounds \
         concat_3d_axis_1 div_bcast elu_default equal_bcast exp expand_dim_changed flatten_axis2 \
         gather_2d_indices gathernd_example_float32 globalmaxpool hardswish \
         layer_normalization_3d_axis1_epsilon leakyrelu logsoftmax_axis_1 matmul_3d \
         max_two_inputs maxpool_2d_same_upper mvn_expanded not_3d pow_bcast_array prelu_broadcast \
         reduce_prod_keepdims_example reduce_mean_do_not_keepdims_example reshape_negative_dim \
         resize_upsample_sizes_nearest shape_start_1 sigmoid softmax_axis_1 softplus \
         split_equal_parts_2d sqrt squeeze_negative_axes tanh transpose_all_permutations_3 \
         unsqueeze_two_axes where_example; do
  "$cli" convert "$node/test_$t/model.onnx" "$here/$t.tflite" >/dev/null 2>&1 || echo "make.sh: test_$t does not convert, skipped" >&2
done
