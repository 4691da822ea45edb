package com.houqin.admin;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;

/** Admin: find a person to change their roles, department or access. */
@Component
class PeopleSection implements AdminSection {

    private final FormEngine forms;

    PeopleSection(FormEngine forms) {
        this.forms = forms;
    }

    @Override
    public String id() {
        return "people";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String label(Incoming in) {
        return in.t("admin.people");
    }

    @Override
    public void open(Incoming in) {
        forms.start(in, FindPersonForm.NAME, Map.of());
    }
}
