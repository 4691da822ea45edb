package com.houqin.repair;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.FreeInput;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;
import com.houqin.chat.form.Parsed;
import com.houqin.chat.form.TextLimits;

/**
 * A photo sent outside any form starts a repair report, its caption as the description (which Back
 * from the categories can change).
 */
@Component
class PhotoReportShortcut implements FreeInput {

    private final FormEngine forms;

    PhotoReportShortcut(FormEngine forms) {
        this.forms = forms;
    }

    @Override
    public Access access() {
        return Access.approved();
    }

    @Override
    public boolean tryHandle(Incoming in) {
        if (!in.hasPhoto()) {
            return false;
        }
        Map<String, Object> prefill = new HashMap<>();
        prefill.put(RepairSteps.PHOTOS, List.of(in.photoId().orElseThrow()));
        String caption = in.text();
        if (caption != null && !caption.isBlank()) {
            Parsed description = TextLimits.check(caption, RepairSteps.MAX_DESCRIPTION);
            if (description.isOk()) {
                prefill.put(RepairSteps.DESCRIPTION, description.value());
            }
        }
        in.say("repair.photo-shortcut");
        forms.start(in, PlaceRepairForm.NAME, prefill);
        return true;
    }
}
