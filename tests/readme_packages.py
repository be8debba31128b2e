#!/usr/bin/env python3
"""Checks that the README's list of what the tests need is what .ci/run
installs: the same Debian packages, each once.

    readme_packages.py README.md .ci/run

The README's list is the longest backquoted text of the paragraph that
says "It needs these Debian packages"; .ci/run's are the words of its `apt-get install` commands that
are not options.
"""
import re
import sys


def readme_packages(path):
    text = open(path, encoding="utf-8").read()
    # The sentence may be wrapped anywhere: match it across line breaks.
    m = re.search(r"It\s+needs\s+these\s+Debian\s+packages", text)
    if m is None:
        sys.exit(f"{path}: no \"It needs these Debian packages\" sentence")
    paragraph = text[m.start():].split("\n\n", 1)[0]
    spans = re.findall(r"`([^`]*)`", paragraph)
    return max(spans, key=len).split() if spans else []


def ci_packages(path):
    words, out = open(path, encoding="utf-8").read().replace("\\\n", " ").split("\n"), []
    for line in words:
        line = line.split("#", 1)[0]
        m = re.search(r"apt-get install (.*?)(?:>|$)", line)
        if m:
            out += [w for w in m.group(1).split() if not w.startswith("-")]
    return out


def main():
    readme, ci = readme_packages(sys.argv[1]), ci_packages(sys.argv[2])
    ok = True
    for name, got in (("README.md", readme), (".ci/run", ci)):
        dups = sorted({p for p in got if got.count(p) > 1})
        if dups:
            print(f"{name} lists twice: {' '.join(dups)}")
            ok = False
    only_readme = sorted(set(readme) - set(ci))
    only_ci = sorted(set(ci) - set(readme))
    if only_readme:
        print(f"only in README.md: {' '.join(only_readme)}")
    if only_ci:
        print(f"only in .ci/run: {' '.join(only_ci)}")
    print(f"{len(set(ci))} packages in .ci/run, {len(set(readme))} in the README")
    return 0 if ok and not only_readme and not only_ci and ci else 1


if __name__ == "__main__":
    sys.exit(main())
