package com.houqin.chat;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.form.FormEngine;

/**
 * The buttons of form questions, handed to the form engine, which checks they are current. Who
 * may fill which form is checked when the form starts; the button is the person's own.
 */
@Component
class FormButtons implements ButtonSet {

    private final FormEngine forms;

    FormButtons(FormEngine forms) {
        this.forms = forms;
    }

    @Override
    public List<ButtonAction> buttons() {
        return List.of(ButtonAction.of(FormEngine.BUTTON_ACTION, Access.anyone(), forms::handleButton));
    }
}
