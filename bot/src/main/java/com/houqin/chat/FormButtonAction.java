package com.houqin.chat;

import org.springframework.stereotype.Component;

import com.houqin.chat.form.FormEngine;

/** The buttons of form questions: handed to the form engine, which checks they are current. */
@Component
class FormButtonAction implements ButtonAction {

    private final FormEngine forms;

    FormButtonAction(FormEngine forms) {
        this.forms = forms;
    }

    @Override
    public String name() {
        return FormEngine.BUTTON_ACTION;
    }

    @Override
    public Access access() {
        // who may fill which form is checked when the form starts; the button is the person's own
        return Access.anyone();
    }

    @Override
    public void handle(Incoming in, ButtonRecord button) {
        forms.handleButton(in, button);
    }
}
