package com.houqin.repair;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormDefinition;
import com.houqin.chat.form.Step;

/** /repair: category → place → what is wrong (photos welcome) → urgency → confirm. */
@Component
class RepairForm implements FormDefinition {

    static final String NAME = "repair";

    private final RepairSteps steps;
    private final RepairReporting reporting;

    RepairForm(RepairSteps steps, RepairReporting reporting) {
        this.steps = steps;
        this.reporting = reporting;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Step> steps() {
        return List.of(steps.category(), steps.location(), steps.description(), steps.photos(), steps.urgency(),
                steps.confirm());
    }

    @Override
    public void complete(Incoming in, FormData data) {
        reporting.submit(in, data);
    }
}
