package com.houqin.repair;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.form.FormData;
import com.houqin.chat.form.Step;

/**
 * A report that starts from what is wrong: from a place's QR code (the place is known, so the
 * first thing asked is a photo or a few words about the problem, then two taps: category,
 * urgency) or from a photo sent outside any form (its caption the description, the place asked
 * after the category), then confirm.
 */
@Component
class PlaceRepairForm extends ReportForm {

    static final String NAME = "repair-here";

    PlaceRepairForm(RepairSteps steps, RepairReporting reporting) {
        super(NAME, steps, reporting);
    }

    @Override
    public List<Step> steps() {
        return List.of(steps.description(), steps.photos(), steps.category(), steps.location(), steps.urgency(),
                steps.confirm());
    }

    /** A photo's caption is the description already: Back from the categories goes to it. */
    @Override
    public List<String> answeredAtStart(FormData data) {
        return data.has(RepairSteps.DESCRIPTION) ? List.of(RepairSteps.DESCRIPTION) : List.of();
    }
}
