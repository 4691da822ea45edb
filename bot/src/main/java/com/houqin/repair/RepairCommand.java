package com.houqin.repair;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Command;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormEngine;

/** /repair: report something broken. */
@Component
class RepairCommand implements Command {

    private final FormEngine forms;

    RepairCommand(FormEngine forms) {
        this.forms = forms;
    }

    @Override
    public String name() {
        return "repair";
    }

    @Override
    public Access access() {
        return Access.approved();
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void handle(Incoming in, String args) {
        forms.start(in, RepairForm.NAME, Map.of());
    }
}
