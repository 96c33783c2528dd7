#!/usr/bin/python3
"""Make models/tiny_cnn.onnx, the small model the README's demo converts.

Run with the SYSTEM interpreter (Debian's python3-torch 1.13 and python3-onnx 1.12):

    /usr/bin/python3 scripts/make_demo_model.py [--out models/tiny_cnn.onnx]

A tiny image classifier with random, seeded weights: one of each op the demo shows off
(Conv, BatchNormalization, Relu, MaxPool, GlobalAveragePool, Flatten, Gemm, Softmax) and
small enough (~30 KB) to commit. The same torch version gives a byte-identical file.
"""
import argparse
import os

import onnx
import torch
from torch import nn

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


class TinyCNN(nn.Module):
    def __init__(self, classes=10):
        super().__init__()
        self.features = nn.Sequential(
            nn.Conv2d(3, 16, 3, padding=1), nn.BatchNorm2d(16), nn.ReLU(),
            nn.MaxPool2d(2),
            nn.Conv2d(16, 32, 3, padding=1), nn.ReLU(),
            nn.AdaptiveAvgPool2d(1),  # exports as GlobalAveragePool
            nn.Flatten())
        self.classifier = nn.Linear(32, classes)  # exports as Gemm

    def forward(self, x):
        return torch.softmax(self.classifier(self.features(x)), dim=1)


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default=os.path.join(REPO, "models", "tiny_cnn.onnx"))
    out = p.parse_args().out
    torch.manual_seed(0)
    model = TinyCNN().eval()
    # Random BatchNorm statistics, so that the BN is not an identity a converter could
    # skip without anyone noticing.
    bn = model.features[1]
    bn.running_mean.uniform_(-0.5, 0.5)
    bn.running_var.uniform_(0.5, 1.5)
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    # training=PRESERVE keeps BatchNormalization as a node: in EVAL mode (the default)
    # torch folds it into the Conv's weights, and the demo wants to show that fusion.
    torch.onnx.export(model, torch.randn(1, 3, 32, 32), out, opset_version=13,
                      do_constant_folding=True, input_names=["input"],
                      output_names=["output"], training=torch.onnx.TrainingMode.PRESERVE)
    onnx.checker.check_model(onnx.load(out), full_check=True)
    ops = [n.op_type for n in onnx.load(out).graph.node]
    print(f"{out}: {os.path.getsize(out)} bytes, ops: {' '.join(ops)}")


if __name__ == "__main__":
    main()
