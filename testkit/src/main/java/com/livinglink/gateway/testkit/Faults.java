package com.livinglink.gateway.testkit;

/** The faults in force on the gateway ({@code /admin/test/faults}); a reset removes them all. */
public final class Faults {

    private static final String PATH = "/admin/test/faults";

    private final ControlClient control;

    Faults(ControlClient control) {
        this.control = control;
    }

    /** Adds the fault and answers its id, for {@link #remove(String)}. */
    public String add(Fault fault) {
        return Json.text(Json.object(control.call("POST", PATH, fault.json())), "id");
    }

    /** Removes the fault {@link #add(Fault)} answered this id for. */
    public void remove(String id) {
        control.call("DELETE", PATH + "/" + ControlClient.segment(id), null);
    }

    /** Removes every fault. */
    public void clear() {
        control.call("DELETE", PATH, null);
    }
}
