package com.houqin.car;

import java.util.LinkedHashMap;
import java.util.Map;

import com.houqin.admin.AdminForm;
import com.houqin.chat.Incoming;

/** An admin's form on the fleet ({@link FleetAdminSection}): admins only; once saved, the fleet is shown again. */
abstract class FleetAdminForm extends AdminForm {

    private final FleetAdminSection section;

    FleetAdminForm(String name, FleetAdminSection section) {
        super(name);
        this.section = section;
    }

    /** Says what was saved, then shows the fleet with it. */
    void saved(Incoming in, String key, Object... args) {
        in.say(key, args);
        in.reply(section.view(in));
    }

    /** The answers Confirm offers to change, in order: field, then its button's key, and so on. */
    static Map<String, String> editable(String... fieldsAndKeys) {
        Map<String, String> editable = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndKeys.length; i += 2) {
            editable.put(fieldsAndKeys[i], fieldsAndKeys[i + 1]);
        }
        return editable;
    }
}
