#!/usr/bin/env python3
"""Runs every example of README.md and checks its output.

An example is a line "$ COMMAND" in a ```text block; the lines after it, up
to the next "$ " line or the end of the block, are what the command prints
(standard output and standard error, in order, as a terminal shows them). A
line "..." stands for any number of lines, and "..." in a line for any text. The command runs in bash from the
top of the source tree with the directory of the clusctl under test first on
PATH; an example that needs a file the tree does not have (a capture of
one's own, such as buffer.bin) is skipped, and said so.

    readme_examples.py README.md BUILD/clusctl
"""
import os
import re
import subprocess
import sys


def examples(path):
    """(line number, command, expected lines) for each example."""
    out, block, cur = [], False, None
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if line.startswith("```"):
                if cur:
                    out.append(cur)
                cur = None
                block = line == "```text"
                continue
            if not block:
                continue
            if line.startswith("$ "):
                if cur:
                    out.append(cur)
                cur = (n, line[2:], [])
            elif cur:
                cur[2].append(line)
    return out


def matches(expected, got):
    """Whether the lines got match expected, where "..." is any run."""
    if not expected:
        return not got
    if expected[0] == "...":
        return any(matches(expected[1:], got[i:]) for i in range(len(got) + 1))
    return bool(got) and line_matches(expected[0], got[0]) and matches(expected[1:], got[1:])


def line_matches(expected, got):
    if expected == got:
        return True
    parts = expected.split("...")
    return len(parts) > 1 and re.fullmatch(".*".join(map(re.escape, parts)), got) is not None


def main():
    readme, tool = sys.argv[1], os.path.abspath(sys.argv[2])
    root = os.path.dirname(os.path.abspath(readme))
    env = dict(os.environ, PATH=os.path.dirname(tool) + os.pathsep + os.environ["PATH"],
               LC_ALL="C")
    failed = ran = 0
    for n, command, expected in examples(readme):
        needs = [w for w in re.findall(r"[\w./-]+\.(?:bin|log|hex)\b", command)]
        missing = [w for w in needs if not os.path.exists(os.path.join(root, w))]
        if missing:
            print(f"README.md:{n}: skipped (needs {', '.join(missing)}): {command}")
            continue
        ran += 1
        r = subprocess.run(["bash", "-c", "(" + command + ") 2>&1"], cwd=root, env=env,
                           capture_output=True, text=True)
        got = r.stdout.split("\n")
        if got and got[-1] == "":
            got.pop()
        if not matches(expected, got):
            failed += 1
            print(f"README.md:{n}: {command}\n  expected:")
            print("\n".join("    " + l for l in expected))
            print("  got:")
            print("\n".join("    " + l for l in got))
    print(f"{ran} examples run, {failed} failed")
    return 1 if failed or ran == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
