#!/usr/bin/env bash
# Set everything up: a virtualenv with the CPU build of PyTorch pinned first
# (camel-tools pulls it in; unpinned, pip would fetch a multi-GB CUDA build),
# then the package with its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --quiet --upgrade pip
.venv/bin/python -m pip install --quiet "torch==2.13.0"
.venv/bin/python -m pip install --quiet -e ".[test]"
