"""vm.h: the VM and migration machines, against an independent Python model.

The model below is written from vm.h's file comment and the event/effect
briefs, not from the library's table. Where vm.h is silent the choice made
is marked "vm.h is silent" (the report lists them).

A Hypothesis RuleBasedStateMachine drives clusctl_vm_apply(),
clusctl_vm_resource_control() and clusctl_vm_control() on a cluster of 3 or
4 nodes (one down) and compares the status and every member of the C model
with the Python model after every step; refusals must leave the output equal
to the input. The property codes are checked against vm_props_model.py (an
encoder, a decoder and the rules of SET, written from the headers): GET and
ENUM at any output size in a buffer that ends at a PROT_NONE page, SET and
VALIDATE of random lists (valid, breaking one rule, cut short), the model
read back from its lists; and after every step GET reports the model.
"""
import ctypes

from hypothesis import event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

import clusctl_ffi as F
import plist_model as PM
import vm_props_model as P

# --- vm.h's constants, restated --------------------------------------------
UNKNOWN, ENABLED, DISABLED = 0, 2, 3
PAUSED, SUSPENDED, STARTING, SAVING, STOPPING, PAUSING, RESUMING = (
    32768, 32769, 32770, 32773, 32774, 32776, 32777)
VM_STATES = {UNKNOWN, ENABLED, DISABLED, PAUSED, SUSPENDED, STARTING, SAVING, STOPPING,
             PAUSING, RESUMING}
NONE, SETUP, DATA_TRANSFER, MOVE, CANCELED, FAILURE = range(6)
MIGRATION_STATES = set(range(6))
RUNNING = {SETUP, DATA_TRANSFER, MOVE}

(START, SETUP_COMPLETE, PROGRESS, TRANSFER_COMPLETE, MOVE_COMPLETE, CANCEL, FAIL, RESET,
 VM_REQUEST, VM_COMPLETE, VM_LEAVES_ENABLED) = range(1, 12)

# "A VM request that names no state a request may name (Enabled, Disabled,
# Paused, Suspended) is ERROR_INVALID_PARAMETER."
EVENT_NAMES = dict(enumerate(["?", "start", "setup complete", "progress", "transfer complete",
                               "move complete", "cancel", "fail", "reset", "request",
                               "complete", "VM leaves Enabled"]))
STATE_NAMES = dict(enumerate(["none", "setup", "data-transfer", "move", "canceled", "failure"]))

REQUESTABLE = {ENABLED, DISABLED, PAUSED, SUSPENDED}
# "exactly the seven paths": (from, requested) -> to, then the completions.
VM_REQUESTS = {
    (DISABLED, ENABLED): STARTING,     # Disabled to Starting (to Enabled)
    (ENABLED, DISABLED): STOPPING,     # Enabled to Stopping (to Disabled)
    (ENABLED, SUSPENDED): SAVING,      # Enabled to Saving (to Suspended)
    (SUSPENDED, ENABLED): STARTING,    # Suspended to Starting (to Enabled)
    (SUSPENDED, DISABLED): DISABLED,   # Suspended to Disabled
    (ENABLED, PAUSED): PAUSING,        # Enabled to Pausing (to Paused)
    (PAUSED, ENABLED): RESUMING,       # Paused to Resuming (to Enabled)
}
VM_COMPLETES = {STARTING: ENABLED, STOPPING: DISABLED, SAVING: SUSPENDED, PAUSING: PAUSED,
                RESUMING: ENABLED}

_FOLD = bytes.maketrans(b"ABCDEFGHIJKLMNOPQRSTUVWXYZ", b"abcdefghijklmnopqrstuvwxyz")


def same_node_name(a, b):
    """Node names are compared ignoring ASCII case (and only ASCII case)."""
    return a.translate(_FOLD) == b.translate(_FOLD)


def model_apply(vm, nodes, kind, caller=0, dest=None, value=0):
    """(status, next model) for one event. vm is a dict of clusctl_vm's
    members; nodes a list of (id, name bytes, up), or None for a NULL cluster."""
    nxt = dict(vm)
    ms, vs = vm["migration_state"], vm["vm_state"]
    if kind == START:
        # Order: migration not running (an undocumented state has no row),
        # VM Enabled, caller is the host, then the destination.
        if ms not in (NONE, CANCELED, FAILURE) or vs != ENABLED or caller != vm["host"]:
            return F.INVALID_STATE, vm
        if nodes is None or dest is None:
            return F.INVALID_PARAMETER, vm
        if dest == b"":
            return F.INVALID_COMPUTERNAME, vm
        host = [n for n in nodes if n[0] == vm["host"]]
        if host and same_node_name(dest, host[0][1]):
            return F.CLUSTER_INVALID_REQUEST, vm
        match = [n for n in nodes if same_node_name(dest, n[1])]
        if not match:
            return F.CLUSTER_NODE_NOT_FOUND, vm
        if not match[0][2]:
            return F.CLUSTER_NODE_DOWN, vm
        # BEGIN; START from Canceled or Failure clears the failure reason.
        nxt.update(migration_state=SETUP, source=vm["host"], destination=match[0][0],
                   failure_reason=F.S_OK, progress=0)
        return F.SUCCESS, nxt
    if kind == CANCEL:
        # On the source in Setup or Data Transfer; anything else, Move included.
        # Node ids are nonzero: an unset source (CCTL_NO_NODE) is nobody's.
        if ms in (SETUP, DATA_TRANSFER) and caller == vm["source"] != 0:
            nxt["migration_state"] = CANCELED  # source, destination, progress kept
            return F.SUCCESS, nxt
        return F.INVALID_STATE, vm
    if kind == SETUP_COMPLETE:
        if ms != SETUP:
            return F.INVALID_STATE, vm
        nxt["migration_state"] = DATA_TRANSFER
        return F.SUCCESS, nxt
    if kind == PROGRESS:
        # Data Transfer only, from the current value up to 100.
        if ms != DATA_TRANSFER:
            return F.INVALID_STATE, vm
        if not vm["progress"] <= value <= 100:
            return F.INVALID_PARAMETER, vm
        nxt["progress"] = value
        return F.SUCCESS, nxt
    if kind == TRANSFER_COMPLETE:
        if ms != DATA_TRANSFER:
            return F.INVALID_STATE, vm
        nxt.update(migration_state=MOVE, progress=100)
        return F.SUCCESS, nxt
    if kind == MOVE_COMPLETE:
        if ms != MOVE:
            return F.INVALID_STATE, vm
        # ARRIVE. vm.h is silent on the failure reason: kept (S_OK since START).
        nxt.update(migration_state=NONE, host=vm["destination"], source=0,
                   destination=0, progress=0)
        return F.SUCCESS, nxt
    if kind == FAIL:
        # vm.h is silent on the states FAIL comes from: the running ones.
        if ms not in RUNNING:
            return F.INVALID_STATE, vm
        if not value & 0x80000000:  # a failure HRESULT has the severity bit
            return F.INVALID_PARAMETER, vm
        nxt.update(migration_state=FAILURE, failure_reason=value)  # progress, nodes kept
        return F.SUCCESS, nxt
    if kind == RESET:
        if ms not in (CANCELED, FAILURE):
            return F.INVALID_STATE, vm
        nxt.update(migration_state=NONE, source=0, destination=0, failure_reason=F.S_OK,
                   progress=0)
        return F.SUCCESS, nxt
    if kind == VM_REQUEST:
        if value not in REQUESTABLE:
            return F.INVALID_PARAMETER, vm  # whatever the current state
        to = VM_REQUESTS.get((vs, value))
        if to is None:
            return F.INVALID_STATE, vm
        nxt["vm_state"] = to
        # Leaving Enabled during Setup, Data Transfer or Move fails the migration
        # with E_FAIL; each machine looks at its own state only.
        if vs == ENABLED and ms in RUNNING:
            nxt.update(migration_state=FAILURE, failure_reason=F.E_FAIL)
        return F.SUCCESS, nxt
    if kind == VM_COMPLETE:
        to = VM_COMPLETES.get(vs)
        if to is None:
            return F.INVALID_STATE, vm
        nxt["vm_state"] = to
        return F.SUCCESS, nxt
    # VM_LEAVES_ENABLED is "not applied directly" (vm.h is silent on the
    # status: taken as an unknown kind); any other kind is unknown.
    return F.INVALID_PARAMETER, vm


def model_resource_control(vm, nodes, code, buffer, size, caller):
    """clusctl_vm_resource_control. buffer: None for a NULL buffer, else what
    buffer.h's table says clusctl_start_buffer_decode makes of it, as
    (status, name bytes)."""
    if nodes is None:
        return F.INVALID_PARAMETER, vm
    if code == F.VM_START_MIGRATION:
        if buffer is None:
            if size:
                return F.INVALID_USER_BUFFER, vm
            dest = None  # no destination: checked after the state
        else:
            status, name = buffer
            if status == F.INVALID_COMPUTERNAME:
                dest = b""  # an empty name: checked after the state
            elif status != F.SUCCESS:
                return status, vm  # a malformed buffer: before anything else
            else:
                dest = name
        return model_apply(vm, nodes, START, caller, dest)
    if code == F.VM_CANCEL_MIGRATION:
        if size != 0:
            return F.INVALID_PARAMETER, vm
        return model_apply(vm, nodes, CANCEL, caller)
    return F.INVALID_FUNCTION, vm


# --- the machine ------------------------------------------------------------
NODE_NAMES = ["node1", "Node-Two", "n\u00f6de3", "NODE4"]
TRAP_NAMES = ["node9", "node1 ", " node1", "node", "node11", "N\u00d6DE3", "nodE\u0131",
              "Node-Two\u200b", "node\u212a", "NODE-TWO", "\u00fe", "n\u00f6de3"]
CALLERS = st.integers(0, 5)  # index into the ids, then 0 and an unknown id
PERCENT = st.one_of(st.integers(0, 100), st.integers(101, 2**32 - 1),
                    st.sampled_from([0, 1, 99, 100, 101, 2**31, 2**32 - 1]))
HRESULTS = st.one_of(st.sampled_from([F.S_OK, F.E_BUSY, F.E_FAIL, 1, 0x7FFFFFFF, 0x80000000,
                                      0xFFFFFFFF]), st.integers(0, 2**32 - 1))
REQUESTS = st.one_of(st.sampled_from(sorted(REQUESTABLE)),
                     st.sampled_from([UNKNOWN, 1, 4, STARTING, SAVING, STOPPING, PAUSING,
                                      RESUMING, 32771, 0xFFFFFFFF]),
                     st.integers(0, 2**32 - 1))
# How to name the destination; resolved against the cluster in the rule.
_DEST_NAMED = [
    st.tuples(st.just("node"), st.integers(0, 3), st.lists(st.booleans(), max_size=8)),
    st.tuples(st.just("host"), st.lists(st.booleans(), max_size=8)),
    st.tuples(st.just("upper"), st.integers(0, 3)),
    st.tuples(st.just("trap"), st.sampled_from(TRAP_NAMES)),
    st.tuples(st.just("text"), st.text(st.characters(blacklist_categories=("Cs",),
                                                     blacklist_characters="\x00"),
                                       min_size=1, max_size=12)),
]
DEST_SPECS = st.one_of(st.just(("none",)), st.just(("empty",)), *_DEST_NAMED)
DEST_SPECS_NOT_EMPTY = st.one_of(st.just(("none",)), *_DEST_NAMED)
# Malformed or special START buffers and what buffer.h's table says of them.
SPECIAL_BUFFERS = [
    (b"n\0\0", (F.BAD_LENGTH, None)),
    (b"n\0o\0", (F.INVALID_DATA, None)),
    (b"n\0\0\0o\0", (F.INVALID_NAME, None)),
    (b"\x00\xd8\0\0", (F.NO_UNICODE_TRANSLATION, None)),
    (b"a\0" * 256 + b"\0\0", (F.BUFFER_OVERFLOW, None)),
    (b"\0\0", (F.INVALID_COMPUTERNAME, None)),
    (b"\0\0\0\0", (F.INVALID_COMPUTERNAME, None)),
]


# Properties of SET and VALIDATE lists: names of the schema (any ASCII case),
# unknown ones; DWORD values in and out of range, of other formats; VmIds.
_RW_NAMES = [row[0] for row in P.SCHEMA if not row[2]]
_SET_NAMES = st.one_of(
    st.sampled_from(_RW_NAMES), st.sampled_from(_RW_NAMES),
    st.tuples(st.sampled_from(P.NAMES), st.lists(st.booleans(), max_size=24)).map(
        lambda t: "".join(c.swapcase() if i < len(t[1]) and t[1][i] else c
                          for i, c in enumerate(t[0]))),
    st.sampled_from(["Bogus", "CheckApplicationHealth", "DefaultMoveType", "VmStoreRootPath",
                     "Vm\u00cfd", "OfflineAction ", "VmI"]))
_DWORDS = st.tuples(st.sampled_from([P.LV | P.DWORD] * 6 + [0x80000002, P.LV | PM.F_LONG]),
                    st.one_of(st.integers(0, 5), st.integers(0, 5), st.integers(0, 70),
                              st.sampled_from([64, 65, 65536, 65537]),
                              st.integers(0, 2**32 - 1)))
_VM_IDS = st.tuples(st.sampled_from([P.LV | P.SZ] * 4 + [P.LV | PM.F_EXPAND_SZ]),
                    st.sampled_from(["", "6B29FC40-CA47-1067-B31D-00DD010662DA",
                                     "{6b29fc40-ca47-1067-b31d-00dd010662da}",
                                     "6B29FC40-CA47-1067-B31D-00DD010662D", "vm1",
                                     "{6B29FC40-CA47-1067-B31D-00DD010662DA",
                                     "\u00e9t\u00e9"]))
_TYPED = st.one_of(
    st.tuples(st.sampled_from([n for n in _RW_NAMES if n != "VmId"]),
              st.lists(_DWORDS, min_size=1, max_size=1)),
    st.tuples(st.sampled_from(["VmId", "vmid", "VMID"]), st.lists(_VM_IDS, min_size=1, max_size=1)))
SET_PROPERTIES = st.one_of(
    _TYPED, _TYPED, _TYPED,
    st.tuples(_SET_NAMES,
              st.one_of(st.lists(_DWORDS, min_size=1, max_size=1),
                        st.lists(_VM_IDS, min_size=1, max_size=1),
                        st.lists(st.one_of(_DWORDS, _VM_IDS), max_size=2))))


def flip(name, flips):
    return "".join(c.swapcase() if i < len(flips) and flips[i] and c.isascii() else c
                   for i, c in enumerate(name))


class VMMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.L = F.lib()
        self.c = F.clusctl_vm(ENABLED, NONE, 1, 0, 0, 0, 0)
        self.model = dict(zip(F.VM_MEMBERS, self.c.astuple()))
        self.props = dict(zip(F.VM_PROPERTY_MEMBERS + ["vm_id"], self.c.props()))
        self.ids, self.nodes, self.cluster = [1], [], None

    # -- set-up ---------------------------------------------------------------
    @initialize(data=st.data())
    def make_cluster(self, data):
        n = data.draw(st.integers(3, 4), label="nodes")
        base = data.draw(st.sampled_from([1, 7, 0x7FFFFFFF, 0xFFFFFFF0]), label="first id")
        self.ids = [base + i for i in range(n)]
        down = data.draw(st.integers(0, n - 1), label="down")
        host = data.draw(st.sampled_from([i for i in range(n) if i != down]), label="host")
        vs = data.draw(st.sampled_from([ENABLED, ENABLED, DISABLED, PAUSED, SUSPENDED]),
                       label="vm_state")
        self.nodes = [(self.ids[i], NODE_NAMES[i].encode(), int(i != down)) for i in range(n)]
        self._node_array = (F.clusctl_node * n)(*[F.clusctl_node(*nd) for nd in self.nodes])
        self.cluster = F.clusctl_cluster(self._node_array, n)
        self.c = F.clusctl_vm(vs, NONE, self.ids[host], 0, 0, F.S_OK, 0)
        self.model = dict(zip(F.VM_MEMBERS, self.c.astuple()))

    # -- helpers --------------------------------------------------------------
    def caller(self, i):
        return (self.ids + [0, 0xFFFFFFFF])[i % (len(self.ids) + 2)]  # 0xFFFFFFFF: no member

    def node_name(self, i):
        return self.nodes[i % len(self.nodes)][1].decode()

    def dest(self, spec):
        kind = spec[0]
        if kind == "none":
            return None
        if kind == "empty":
            return b""
        if kind == "node":
            return flip(self.node_name(spec[1]), spec[2]).encode()
        if kind == "host":
            name = [nd[1] for nd in self.nodes if nd[0] == self.c.host][0].decode()
            return flip(name, spec[1]).encode()
        if kind == "upper":
            return self.node_name(spec[1]).upper().encode()
        return spec[1].encode()  # trap, text

    def full_model(self):
        """The Python model of every member (vm_props_model's form)."""
        return dict(self.model, **self.props)

    def check(self, what, status, out, before, want_status, want, props=None):
        got = dict(zip(F.VM_MEMBERS, out.astuple()))
        if props is not None:  # the machines keep the property members
            assert out.props() == props, f"{what}: the properties changed: {out.props()} != {props}"
        assert status == want_status, (
            f"{what}: status {status}, model {want_status}; model before {self.model}")
        if status != F.SUCCESS:
            assert out.astuple() == before, f"{what}: refused but the output changed: {got}"
        assert got == want, f"{what}: C {got} != model {want}"

    def apply(self, what, kind, caller=0, dest=None, value=0, null_cluster=False, alias=False,
              model=None, commit=True):
        if model is None:  # the C model carries on from its own last output
            model, cur = dict(self.model), F.vm_copy(self.c)
        else:
            cur = F.clusctl_vm(*[model[m] for m in F.VM_MEMBERS])
        before, before_props = cur.astuple(), cur.props()
        out = cur if alias else F.clusctl_vm(*([0xA5A5A5A5] * 7))
        ev = F.clusctl_event(kind, caller, dest, value)
        cluster = None if null_cluster else ctypes.byref(self.cluster)
        status = self.L.clusctl_vm_apply(ctypes.byref(cur), cluster, ctypes.byref(ev),
                                         ctypes.byref(out))
        if not alias:
            assert cur.astuple() == before, f"{what}: the input was modified"
        want_status, want = model_apply(model, None if null_cluster else self.nodes, kind,
                                        caller, dest, value)
        self.check(what, status, out, before, want_status, want, before_props)
        event(f"apply {EVENT_NAMES.get(kind, 'other')} in {STATE_NAMES.get(model['migration_state'], '?')}"
              f" -> {status}")
        if commit:
            self.c, self.model = F.vm_copy(out), want

    def resource_control(self, what, code, buffer, size, caller, expect_buffer=None,
                         null_cluster=False):
        cur = F.vm_copy(self.c)
        before, before_props = cur.astuple(), cur.props()
        out = F.clusctl_vm(*([0x5A5A5A5A] * 7))
        cluster = None if null_cluster else ctypes.byref(self.cluster)
        status = self.L.clusctl_vm_resource_control(code, buffer, size, cluster, caller,
                                                    ctypes.byref(cur), ctypes.byref(out))
        assert cur.astuple() == before, f"{what}: the input was modified"
        want_status, want = model_resource_control(
            self.model, None if null_cluster else self.nodes, code,
            None if buffer is None else expect_buffer, size, caller)
        self.check(what, status, out, before, want_status, want, before_props)
        name = {F.VM_START_MIGRATION: "START", F.VM_CANCEL_MIGRATION: "CANCEL"}.get(code, "other")
        event(f"rc {name} in {STATE_NAMES.get(self.model['migration_state'], '?')} -> {status}")
        self.c, self.model = F.vm_copy(out), want

    # -- clusctl_vm_apply -----------------------------------------------------
    @rule(steps=st.integers(1, 4), pick=st.integers(0, 3), percent=st.integers(0, 100))
    def advance(self, steps, pick, percent):
        """Up to `steps` steps along the happy path (so that deep states are
        reached often): VM towards Enabled, START by the host, setup
        complete, progress, transfer complete, move complete, reset."""
        for _ in range(steps):
            ms, vs = self.c.migration_state, self.c.vm_state
            if ms in (NONE, CANCELED, FAILURE) and vs != ENABLED:
                if vs in VM_COMPLETES:
                    self.apply("advance: VM_COMPLETE", VM_COMPLETE)
                else:
                    req = DISABLED if vs == PAUSED and pick == 3 else ENABLED
                    self.apply(f"advance: VM_REQUEST {req}", VM_REQUEST, value=req)
            elif ms in (NONE, CANCELED, FAILURE):
                if ms != NONE and pick == 0:
                    self.apply("advance: RESET", RESET)
                    continue
                names = [nd[1] for nd in self.nodes if nd[0] != self.c.host and nd[2]]
                d = names[pick % len(names)]
                self.apply(f"advance: START {d!r}", START, self.c.host, d)
            elif ms == SETUP:
                self.apply("advance: SETUP_COMPLETE", SETUP_COMPLETE)
            elif ms == DATA_TRANSFER and self.c.progress < percent:
                self.apply(f"advance: PROGRESS {percent}", PROGRESS, value=percent)
            elif ms == DATA_TRANSFER:
                self.apply("advance: TRANSFER_COMPLETE", TRANSFER_COMPLETE)
            elif ms == MOVE:
                self.apply("advance: MOVE_COMPLETE", MOVE_COMPLETE)

    @rule(caller=CALLERS, spec=DEST_SPECS, alias=st.booleans())
    def start(self, caller, spec, alias):
        c, d = self.caller(caller), self.dest(spec)
        self.apply(f"START caller {c} dest {d!r}", START, c, d, alias=alias)

    @rule(other=st.integers(0, 3), flips=st.lists(st.booleans(), max_size=8))
    def start_from_host(self, other, flips):
        """The likely-good START: the host asks, naming another member."""
        names = [nd[1].decode() for nd in self.nodes if nd[0] != self.c.host]
        d = flip(names[other % len(names)], flips).encode()
        self.apply(f"START by host dest {d!r}", START, self.c.host, d)

    @rule(caller=CALLERS, spec=DEST_SPECS_NOT_EMPTY)
    def start_null_cluster(self, caller, spec):
        c, d = self.caller(caller), self.dest(spec)
        self.apply(f"START, NULL cluster, caller {c} dest {d!r}", START, c, d, null_cluster=True)

    @rule(caller=CALLERS, alias=st.booleans())
    def cancel(self, caller, alias):
        c = self.caller(caller)
        self.apply(f"CANCEL caller {c}", CANCEL, c, alias=alias)

    @rule()
    def cancel_by_source(self):
        self.apply(f"CANCEL by source {self.c.source}", CANCEL, self.c.source)

    @rule(caller=CALLERS, null_cluster=st.booleans())
    def setup_complete(self, caller, null_cluster):
        self.apply("SETUP_COMPLETE", SETUP_COMPLETE, self.caller(caller), null_cluster=null_cluster)

    @rule(value=PERCENT, null_cluster=st.booleans())
    def progress(self, value, null_cluster):
        self.apply(f"PROGRESS {value}", PROGRESS, value=value, null_cluster=null_cluster)

    @rule(data=st.data())
    def progress_forward(self, data):
        value = data.draw(st.integers(min(self.c.progress, 100), 100), label="percent")
        self.apply(f"PROGRESS {value}", PROGRESS, value=value)

    @rule(null_cluster=st.booleans())
    def transfer_complete(self, null_cluster):
        self.apply("TRANSFER_COMPLETE", TRANSFER_COMPLETE, null_cluster=null_cluster)

    @rule(null_cluster=st.booleans(), alias=st.booleans())
    def move_complete(self, null_cluster, alias):
        self.apply("MOVE_COMPLETE", MOVE_COMPLETE, null_cluster=null_cluster, alias=alias)

    @rule(hr=HRESULTS, null_cluster=st.booleans())
    def fail(self, hr, null_cluster):
        self.apply(f"FAIL 0x{hr:08X}", FAIL, value=hr, null_cluster=null_cluster)

    @rule(null_cluster=st.booleans())
    def reset(self, null_cluster):
        self.apply("RESET", RESET, null_cluster=null_cluster)

    @rule(state=REQUESTS, null_cluster=st.booleans(), alias=st.booleans())
    def vm_request(self, state, null_cluster, alias):
        self.apply(f"VM_REQUEST {state}", VM_REQUEST, value=state, null_cluster=null_cluster,
                   alias=alias)

    @rule(null_cluster=st.booleans())
    def vm_complete(self, null_cluster):
        self.apply("VM_COMPLETE", VM_COMPLETE, null_cluster=null_cluster)

    @rule(kind=st.one_of(st.sampled_from([0, VM_LEAVES_ENABLED, 12, 0xFFFFFFFF]),
                         st.integers(12, 2**32 - 1)), value=st.integers(0, 2**32 - 1))
    def other_event(self, kind, value):
        self.apply(f"event kind {kind}", kind, self.c.host, b"node2", value)

    @rule(data=st.data())
    def probe_any_state(self, data):
        """Any event on a perturbed copy of the model, undocumented states
        included; compared with the model but not kept."""
        m = dict(self.model)
        m["vm_state"] = data.draw(st.one_of(st.sampled_from(sorted(VM_STATES)),
                                            st.integers(0, 2**32 - 1)), label="vm_state")
        m["migration_state"] = data.draw(st.one_of(st.sampled_from(range(6)),
                                                   st.integers(0, 2**32 - 1)), label="migration")
        m["source"] = data.draw(st.sampled_from([0, m["host"]] + self.ids), label="source")
        m["destination"] = data.draw(st.sampled_from([0] + self.ids), label="destination")
        m["progress"] = data.draw(st.one_of(st.integers(0, 100), st.integers(0, 2**32 - 1)),
                                  label="progress")
        kind = data.draw(st.integers(0, 12), label="kind")
        caller = self.caller(data.draw(CALLERS, label="caller"))
        dest = self.dest(data.draw(DEST_SPECS, label="dest"))
        value = data.draw(st.one_of(PERCENT, HRESULTS, REQUESTS), label="value")
        self.apply(f"probe kind {kind} on {m}", kind, caller, dest, value, model=m, commit=False)

    # -- clusctl_vm_resource_control ------------------------------------------
    @rule(caller=CALLERS, spec=DEST_SPECS, pad=st.integers(0, 3), from_host=st.booleans())
    def rc_start(self, caller, spec, pad, from_host):
        c = self.c.host if from_host else self.caller(caller)
        d = self.dest(spec)
        if d is None:
            return self.resource_control("rc START NULL buffer", F.VM_START_MIGRATION, None, 0, c)
        if d == b"" or len(d.decode().encode("utf-16-le")) > 2 * F.NODE_NAME_MAX:
            d = b"node-x"
        needed = ctypes.c_size_t()
        assert self.L.clusctl_start_buffer_encode(d, None, 0, ctypes.byref(needed)) == F.MORE_DATA
        size = needed.value + 2 * pad  # a zero-filled fixed-size buffer is allowed
        buf = (ctypes.c_ubyte * size)()
        assert self.L.clusctl_start_buffer_encode(d, buf, size, ctypes.byref(needed)) == F.SUCCESS
        self.resource_control(f"rc START caller {c} dest {d!r}", F.VM_START_MIGRATION, buf, size,
                              c, expect_buffer=(F.SUCCESS, d))

    @rule(caller=CALLERS, which=st.sampled_from(SPECIAL_BUFFERS), from_host=st.booleans())
    def rc_start_special_buffer(self, caller, which, from_host):
        c = self.c.host if from_host else self.caller(caller)
        data, expect = which
        buf = (ctypes.c_ubyte * len(data)).from_buffer_copy(data) if data else (ctypes.c_ubyte * 1)()
        self.resource_control(f"rc START caller {c} buffer {data[:8]!r}.. ({len(data)})",
                              F.VM_START_MIGRATION, buf, len(data), c, expect_buffer=expect)

    @rule(caller=CALLERS, size=st.sampled_from([1, 2, 6, 512]))
    def rc_start_null_buffer_with_size(self, caller, size):
        self.resource_control(f"rc START NULL buffer size {size}", F.VM_START_MIGRATION, None,
                              size, self.caller(caller))

    @rule(caller=CALLERS, size=st.sampled_from([0, 0, 0, 1, 2, 8]), with_buffer=st.booleans(),
          by_source=st.booleans())
    def rc_cancel(self, caller, size, with_buffer, by_source):
        c = self.c.source if by_source else self.caller(caller)
        buf = (ctypes.c_ubyte * max(size, 1))() if with_buffer else None
        self.resource_control(f"rc CANCEL caller {c} size {size}", F.VM_CANCEL_MIGRATION, buf,
                              size, c, expect_buffer=(F.SUCCESS, None))

    @rule(code=st.one_of(st.integers(0, 2**32 - 1),
                         st.sampled_from([0x01600000, 0x0160000C, 0x01600005, 0x01200004,
                                          0x00600004, 0x02600004, 0x01600009])),
          caller=CALLERS)
    def rc_other_code(self, code, caller):
        if code in (F.VM_START_MIGRATION, F.VM_CANCEL_MIGRATION):
            return
        buf = (ctypes.c_ubyte * 4)(0x6E, 0, 0, 0)
        self.resource_control(f"rc code 0x{code:08X}", code, buf, 4, self.caller(caller),
                              expect_buffer=(F.SUCCESS, b"n"))

    @rule(caller=CALLERS, code=st.sampled_from([F.VM_START_MIGRATION, F.VM_CANCEL_MIGRATION]))
    def rc_null_cluster(self, caller, code):
        buf = (ctypes.c_ubyte * 12)(*b"node2\0".decode().encode("utf-16-le"))
        size = 12 if code == F.VM_START_MIGRATION else 0
        self.resource_control(f"rc 0x{code:08X} NULL cluster", code, buf, size,
                              self.caller(caller), expect_buffer=(F.SUCCESS, b"node2"),
                              null_cluster=True)

    # -- clusctl_vm_control: the property codes ------------------------------------
    def control(self, code, data, out_size):
        """clusctl_vm_control on a copy of the C model: (status, output bytes,
        bytes returned, next, error). The input ends at a PROT_NONE page; the
        output is a buffer of exactly out_size bytes."""
        cur = F.vm_copy(self.c)
        before = bytes(cur)
        nxt = F.clusctl_vm(*([0xA5A5A5A5] * 7))
        err = F.clusctl_prop_error()
        returned = ctypes.c_size_t(0xBAD)
        in_addr = F.guarded(data) if data is not None else None
        out = (ctypes.c_ubyte * max(out_size, 1))(*([0xEE] * max(out_size, 1)))
        status = self.L.clusctl_vm_control(code, in_addr, 0 if data is None else len(data),
                                           out if out_size else None, out_size,
                                           ctypes.byref(returned), None, 0, ctypes.byref(cur),
                                           ctypes.byref(nxt), ctypes.byref(err))
        assert bytes(cur) == before, f"0x{code:08X}: the input model was modified"
        assert err.status == status
        return status, bytes(out)[:out_size], returned.value, nxt, err

    @rule(which=st.sampled_from([F.RESOURCE_GET_RO_PRIVATE_PROPERTIES,
                                 F.RESOURCE_GET_PRIVATE_PROPERTIES,
                                 F.RESOURCE_ENUM_PRIVATE_PROPERTIES]),
          size=st.one_of(st.just(None), st.integers(0, 400)))
    def rc_get(self, which, size):
        if which == F.RESOURCE_ENUM_PRIVATE_PROPERTIES:
            want = P.enum_bytes()
        else:
            want = P.get_bytes(self.full_model(), which == F.RESOURCE_GET_RO_PRIVATE_PROPERTIES)
        size = len(want) if size is None else size
        status, out, returned, nxt, err = self.control(which, None, size)
        assert returned == len(want), (returned, len(want))
        assert bytes(nxt) == bytes(self.c), "GET changed the model"
        if size < len(want):
            assert status == F.MORE_DATA, status
            assert out == b"\xee" * size, "written although the answer did not fit"
        else:
            assert status == F.SUCCESS, status
            assert out[:len(want)] == want, (out[:len(want)], want)
            assert out[len(want):] == b"\xee" * (size - len(want))
        event(f"rc get 0x{which:08X} -> {status}")

    @rule(data=st.data(), validate=st.booleans())
    def rc_set(self, data, validate):
        """SET or VALIDATE of a random list: the model's verdict, the model
        changed only by a successful SET, exactly as the list says."""
        props = data.draw(st.lists(SET_PROPERTIES, max_size=3), label="properties")
        if data.draw(st.booleans(), label="MigrationState as it is"):
            props.insert(data.draw(st.integers(0, len(props))),
                         ("MigrationState", [(P.LV | P.DWORD, self.c.migration_state)]))
        raw = PM.encode(("plist", props), data.draw(st.booleans(), label="final ENDMARK"))
        if data.draw(st.integers(0, 7), label="cut?") == 0:
            raw = raw[:data.draw(st.integers(0, len(raw)), label="cut at")]
        code = F.RESOURCE_VALIDATE_PRIVATE_PROPERTIES if validate else F.RESOURCE_SET_PRIVATE_PROPERTIES
        status, _out, returned, nxt, err = self.control(code, raw, 0)
        want_status, reason, prop, name, value, values = P.outcome(self.full_model(), raw)
        assert (status, F.PROP_REASONS[err.reason]) == (want_status, reason), (
            f"{props}: C {status} {F.PROP_REASONS[err.reason]}, model {want_status} {reason}")
        assert returned == 0
        if reason == "MALFORMED":
            st_, rule_, offset = PM.validate(raw, "plist", PM.FROM_CLIENT)
            assert (err.rule, err.offset) == (PM.RULES[rule_][0], offset)
        elif reason != "NONE":
            assert err.property == prop and err.name.decode() == name and err.value == value, (
                err.property, err.name, err.value, prop, name, value)
        if status != F.SUCCESS or validate:
            assert bytes(nxt) == bytes(self.c), "a refused or validated list changed the model"
        else:
            got = dict(zip(F.VM_MEMBERS, nxt.astuple()), **dict(
                zip(F.VM_PROPERTY_MEMBERS + ["vm_id"], nxt.props())))
            assert got == values, (got, values)
            self.c = F.vm_copy(nxt)
            self.props = {k: values[k] for k in F.VM_PROPERTY_MEMBERS + ["vm_id"]}
        event(f"rc {'validate' if validate else 'set'} -> {reason}")

    @rule()
    def rc_set_back(self):
        """A client sends back what GET gave it: accepted, nothing changes
        (but the properties are written out)."""
        want = P.get_bytes(self.full_model(), False)
        status, out, returned, _nxt, _err = self.control(F.RESOURCE_GET_PRIVATE_PROPERTIES,
                                                         None, len(want))
        assert status == F.SUCCESS and out == want
        status, _out, _returned, nxt, err = self.control(F.RESOURCE_SET_PRIVATE_PROPERTIES, out, 0)
        assert status == F.SUCCESS, (status, F.PROP_REASONS[err.reason], err.name)
        written = P.written_out(self.full_model())
        assert nxt.astuple() == self.c.astuple()
        assert nxt.props() == tuple(written[k] for k in F.VM_PROPERTY_MEMBERS + ["vm_id"])
        self.c = F.vm_copy(nxt)
        self.props = {k: written[k] for k in F.VM_PROPERTY_MEMBERS + ["vm_id"]}

    @rule()
    def expand(self):
        out = F.clusctl_vm()
        assert self.L.clusctl_vm_properties_expand(ctypes.byref(self.c), ctypes.byref(out)) == F.SUCCESS
        written = P.written_out(self.full_model())
        assert out.astuple() == self.c.astuple()
        assert out.props() == tuple(written[k] for k in F.VM_PROPERTY_MEMBERS + ["vm_id"])
        self.c = out
        self.props = {k: written[k] for k in F.VM_PROPERTY_MEMBERS + ["vm_id"]}

    @rule()
    def read_back_from_lists(self):
        """The tool's side: the model read from the two lists GET gives is the
        model (written out), its nodes as clusctl_vm_init would have them."""
        ro, rw = P.get_bytes(self.full_model(), True), P.get_bytes(self.full_model(), False)
        vm, err = F.clusctl_vm(), F.clusctl_prop_error()
        status = self.L.clusctl_vm_from_properties(ro, len(ro), rw, len(rw), self.c.host,
                                                   ctypes.byref(vm), ctypes.byref(err))
        assert status == F.SUCCESS, (status, F.PROP_REASONS[err.reason], err.name)
        written = P.written_out(self.full_model())
        migrating = self.c.migration_state in (SETUP, DATA_TRANSFER, MOVE, CANCELED, FAILURE)
        assert vm.astuple() == (self.c.vm_state, self.c.migration_state, self.c.host,
                                self.c.host if migrating else 0, 0, self.c.failure_reason,
                                self.c.progress)
        assert vm.props() == tuple(written[k] for k in F.VM_PROPERTY_MEMBERS + ["vm_id"])

    # -- invariants -------------------------------------------------------------
    @invariant()
    def c_equals_model(self):
        assert dict(zip(F.VM_MEMBERS, self.c.astuple())) == self.model
        assert dict(zip(F.VM_PROPERTY_MEMBERS + ["vm_id"], self.c.props())) == self.props

    @invariant()
    def get_reports_the_model(self):
        """GET_RO and GET give the model's lists, byte for byte, and the
        decoder reads the model's values back from them."""
        full = self.full_model()
        for ro in (True, False):
            code = F.RESOURCE_GET_RO_PRIVATE_PROPERTIES if ro else F.RESOURCE_GET_PRIVATE_PROPERTIES
            want = P.get_bytes(full, ro)
            status, out, returned, _nxt, _err = self.control(code, None, len(want) + 4)
            assert status == F.SUCCESS and returned == len(want) and out[:returned] == want
            assert P.decode(out[:returned]) == P.get_description(full, ro)

    @invariant()
    def documented_states_only(self):
        assert self.c.vm_state in VM_STATES, self.c.vm_state
        assert self.c.migration_state in MIGRATION_STATES, self.c.migration_state

    @invariant()
    def progress_is_a_percentage(self):
        assert 0 <= self.c.progress <= 100, self.c.progress

    @invariant()
    def running_migration_has_its_nodes(self):
        c = self.c
        if c.migration_state in RUNNING:
            assert c.source == c.host, (c.source, c.host)
            assert c.destination != 0
            assert c.destination != c.host
            assert c.destination in [nd[0] for nd in self.nodes if nd[2]]

    @invariant()
    def no_migration_has_no_nodes(self):
        if self.c.migration_state == NONE:
            assert (self.c.source, self.c.destination) == (0, 0)

    @invariant()
    def host_is_a_member_that_is_up(self):
        if self.nodes:
            assert self.c.host in [nd[0] for nd in self.nodes if nd[2]]


# The loaded profile ("ci", conftest.py), with runs of up to 40 steps.
VMMachine.TestCase.settings = settings(settings.default, stateful_step_count=40)
TestVMMachines = VMMachine.TestCase


def test_null_arguments():
    L = F.lib()
    vm = F.clusctl_vm(ENABLED, NONE, 1, 0, 0, 0, 0)
    out = F.clusctl_vm()
    ev = F.clusctl_event(SETUP_COMPLETE, 0, None, 0)
    assert L.clusctl_vm_apply(None, None, ctypes.byref(ev), ctypes.byref(out)) == F.INVALID_PARAMETER
    assert L.clusctl_vm_apply(ctypes.byref(vm), None, None, ctypes.byref(out)) == F.INVALID_PARAMETER
    assert L.clusctl_vm_apply(ctypes.byref(vm), None, ctypes.byref(ev), None) == F.INVALID_PARAMETER
    nodes = (F.clusctl_node * 1)(F.clusctl_node(1, b"node1", 1))
    cl = F.clusctl_cluster(nodes, 1)
    for cur, nxt in ((None, ctypes.byref(out)), (ctypes.byref(vm), None)):
        assert L.clusctl_vm_resource_control(F.VM_CANCEL_MIGRATION, None, 0, ctypes.byref(cl), 1,
                                             cur, nxt) == F.INVALID_PARAMETER
