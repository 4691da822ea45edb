package com.houqin.chat;

import org.springframework.stereotype.Component;

import com.houqin.chat.form.FormEngine;

/** /cancel: leaves whatever form is in progress, from any step. */
@Component
class CancelCommand implements Command {

    private final FormEngine forms;

    CancelCommand(FormEngine forms) {
        this.forms = forms;
    }

    @Override
    public String name() {
        return "cancel";
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public int order() {
        return 98;
    }

    @Override
    public void handle(Incoming in, String args) {
        in.say(forms.cancel(in) ? "form.cancelled" : "form.nothing-to-cancel");
    }
}
