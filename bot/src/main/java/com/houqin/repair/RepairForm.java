package com.houqin.repair;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.form.Step;

/** /repair: category → place → what is wrong (photos welcome) → urgency → confirm. */
@Component
class RepairForm extends ReportForm {

    static final String NAME = "repair";

    RepairForm(RepairSteps steps, RepairReporting reporting) {
        super(NAME, steps, reporting);
    }

    @Override
    public List<Step> steps() {
        return List.of(steps.category(), steps.location(), steps.description(), steps.photos(), steps.urgency(),
                steps.confirm());
    }
}
