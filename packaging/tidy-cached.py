#!/usr/bin/env python3
"""clang-tidy over a compile database, skipping translation units it already passed.

    tidy-cached.py -p BUILD/tidy --regex '^/src/core/.*\\.cpp$' [-j 2] [--cache DIR]

A unit is looked up by a hash of what clang-tidy would see: the preprocessed source with its
comments (so a NOLINT counts), the compile command with the source folder taken out (so two
clones share entries), .clang-tidy and the clang-tidy version. Only a clean pass is stored: a
unit with a warning is checked again on every run until it is fixed. This is ctcache's idea,
in the standard library alone so that CI needs nothing more.

The cache is $TGIC_TIDY_CACHE, else $XDG_CACHE_HOME/tgic/clang-tidy, else ~/.cache/tgic/clang-tidy.
Exit status 1 when any unit has a warning or error (every warning is an error: .clang-tidy).
"""

import argparse
import concurrent.futures
import hashlib
import json
import os
import re
import shlex
import subprocess
import sys
import time

TIDY = os.environ.get("CLANG_TIDY", "clang-tidy-14")
CLANGXX = os.environ.get("CLANGXX", "clang++-14")


def cache_dir(explicit):
    if explicit:
        return explicit
    if os.environ.get("TGIC_TIDY_CACHE"):
        return os.environ["TGIC_TIDY_CACHE"]
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "tgic", "clang-tidy")


def compiler_args(entry, also_drop):
    """The unit's compiler arguments (not the compiler) without its outputs, -c and the
    dependency-file flags, and without each flag that starts with one of `also_drop`."""
    args = entry.get("arguments") or shlex.split(entry["command"])
    out, skip = [], False
    for a in args[1:]:
        if skip:
            skip = False
            continue
        if a in ("-o", "-MF", "-MT", "-MQ"):
            skip = True
            continue
        if a in ("-c", "-MD", "-MMD") or a.startswith(also_drop):
            continue
        out.append(a)
    return out


def preprocess_args(entry):
    """The unit's compile command, turned into one that prints the preprocessed source.
    Comments stay (-C) so that a NOLINT is part of the key; no line markers (-P): they carry
    absolute paths, which differ between clones."""
    return [CLANGXX] + compiler_args(entry, ("-W",)) + ["-E", "-C", "-P", "-w", "-Wno-unknown-warning-option"]


def command_key(entry):
    """The compile command as far as it matters to clang-tidy: not the debug info level (-g,
    -g1 give the same findings); warning flags stay, they are findings too."""
    return compiler_args(entry, ("-g",))


def key_of(entry, root, salt):
    pre = subprocess.run(preprocess_args(entry), cwd=entry["directory"], capture_output=True)
    if pre.returncode != 0:
        return None  # clang-tidy will say what is wrong
    h = hashlib.sha256(salt)
    h.update(" ".join(command_key(entry)).replace(root, "<root>").replace(entry["directory"], "<build>").encode())
    h.update(os.path.relpath(entry["file"], root).encode())
    h.update(pre.stdout)
    return h.hexdigest()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-p", dest="build", required=True, help="folder with compile_commands.json")
    parser.add_argument("--regex", required=True, help="which source files (absolute paths)")
    parser.add_argument("--root", default=os.getcwd(), help="the source folder (default: here)")
    parser.add_argument("-j", dest="jobs", type=int, default=os.cpu_count())
    parser.add_argument("--cache", help="cache folder")
    args = parser.parse_args()

    root = os.path.realpath(args.root)
    entries = json.load(open(os.path.join(args.build, "compile_commands.json")))
    pattern = re.compile(args.regex)
    units = sorted({e["file"]: e for e in entries if pattern.search(e["file"])}.values(), key=lambda e: e["file"])
    cache = cache_dir(args.cache)
    os.makedirs(cache, exist_ok=True)

    version = subprocess.run([TIDY, "--version"], capture_output=True, check=True).stdout
    with open(os.path.join(root, ".clang-tidy"), "rb") as config:
        salt = version + config.read()

    def check(entry):
        started = time.monotonic()
        key = key_of(entry, root, salt)
        stamp = os.path.join(cache, key[:2], key) if key else None
        if stamp and os.path.exists(stamp):
            return entry["file"], "cached", "", time.monotonic() - started
        run = subprocess.run([TIDY, "-p", args.build, "--quiet", entry["file"]], capture_output=True, text=True)
        output = run.stdout + run.stderr
        problem = run.returncode != 0 or re.search(r"(warning|error):", run.stdout)
        if not problem and stamp:
            os.makedirs(os.path.dirname(stamp), exist_ok=True)
            with open(stamp, "w") as f:
                f.write(os.path.relpath(entry["file"], root) + "\n")
        return entry["file"], "FAIL" if problem else "checked", output, time.monotonic() - started

    started = time.monotonic()
    counts = {"cached": 0, "checked": 0, "FAIL": 0}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for file, verdict, output, seconds in pool.map(check, units):
            counts[verdict] += 1
            if verdict == "FAIL":
                print(output.rstrip(), file=sys.stderr)
            print(f"{verdict:8} {seconds:5.1f} s  {os.path.relpath(file, root)}")
    print(
        f"clang-tidy: {len(units)} files, {counts['checked']} checked, {counts['cached']} passed before "
        f"(cache {cache}), {counts['FAIL']} with problems, {time.monotonic() - started:.0f} s"
    )
    if not units:
        print("clang-tidy: no file matched", args.regex, file=sys.stderr)
        return 1
    return 1 if counts["FAIL"] else 0


if __name__ == "__main__":
    sys.exit(main())
