package com.houqin.repair;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormDefinition;

/** A way to report a repair ({@link RepairForm}, {@link PlaceRepairForm}): the same questions in its own order, the same end. */
abstract class ReportForm implements FormDefinition {

    private final String name;
    final RepairSteps steps;
    private final RepairReporting reporting;

    ReportForm(String name, RepairSteps steps, RepairReporting reporting) {
        this.name = name;
        this.steps = steps;
        this.reporting = reporting;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String restartCommand() {
        return "/repair";
    }

    @Override
    public void complete(Incoming in, FormData data) {
        reporting.submit(in, data);
    }
}
