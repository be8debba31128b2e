"""Property tests of libclusctl.so through ctypes (run by run.sh with the Python 3
that CMake's find_package(Python3) found).

- The library comes from CLUSCTL_LIB; without it every test is skipped.
- The Hypothesis seed is --hypothesis-seed if given, else CLUSCTL_HYPOTHESIS_SEED,
  else a fresh random one; it is printed in the header and at the end of the
  run so that any run can be replayed exactly.
- The "ci" settings profile is loaded: failures shrink (Hypothesis default) and
  print the falsifying example and its @reproduce_failure blob.
"""
import os
import random
import sys
import tempfile

# Hypothesis caches Unicode tables under .hypothesis/ in the working directory:
# keep it out of the source tree (read lazily, so setting it here is in time).
os.environ.setdefault("HYPOTHESIS_STORAGE_DIRECTORY",
                      os.path.join(tempfile.gettempdir(), f"clusctl-hypothesis-{os.getuid()}"))

import pytest  # noqa: E402
from hypothesis import HealthCheck, core, settings  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import clusctl_ffi  # noqa: E402

settings.register_profile(
    "ci",
    max_examples=int(os.environ.get("CLUSCTL_HYPOTHESIS_EXAMPLES", "300")),
    deadline=None,
    derandomize=False,
    print_blob=True,
    database=None,  # nothing written to the source tree; replay with the seed or the blob
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci")

_SEED = None


def _replay_line():
    return f"hypothesis seed: {_SEED} (replay: CLUSCTL_HYPOTHESIS_SEED={_SEED})"


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config):
    """Runs before the Hypothesis plugin's own pytest_configure, which then
    applies the seed chosen here (core.global_force_seed)."""
    global _SEED
    given = config.getoption("hypothesis_seed", default=None)
    env = os.environ.get("CLUSCTL_HYPOTHESIS_SEED", "").strip()
    if given not in (None, ""):
        _SEED = int(given)
    elif env:
        _SEED = int(env)
    else:
        _SEED = random.SystemRandom().randrange(2**32)
    config.option.hypothesis_seed = str(_SEED)
    core.global_force_seed = _SEED

    path = os.environ.get("CLUSCTL_LIB")
    if path:
        try:
            clusctl_ffi.load(path)
        except OSError as e:
            raise pytest.UsageError(
                f"cannot load CLUSCTL_LIB={path}: {e} (a sanitizer-built library needs "
                "its runtime in LD_PRELOAD, as ctest's property_tests sets it)")


def pytest_report_header(config):
    lib = os.environ.get("CLUSCTL_LIB") or "CLUSCTL_LIB not set: every test is skipped"
    sanitized = os.environ.get("CLUSCTL_SANITIZED") or "none"
    return [_replay_line(), f"clusctl library: {lib} (sanitizers: {sanitized})",
            f"hypothesis profile: ci (max_examples={settings.default.max_examples})"]


def pytest_collection_modifyitems(config, items):
    if os.environ.get("CLUSCTL_LIB"):
        return
    skip = pytest.mark.skip(reason="CLUSCTL_LIB is not set: point it at libclusctl.so "
                                   "(tests/property/run.sh /path/to/libclusctl.so)")
    for item in items:
        item.add_marker(skip)


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    # The header is hidden under -q; the summary is not.
    terminalreporter.write_line(_replay_line())
