package com.houqin.chat.form;

import java.util.ArrayList;
import java.util.List;

import org.telegram.telegrambots.meta.api.objects.message.Message;

import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/** How a form's question looks in the chat: its text, its choices, Back and Cancel. */
final class FormMessages {

    static final String BACK = "__back";
    static final String CANCEL = "__cancel";

    private FormMessages() {
    }

    static void show(Incoming in, FormState state, Prompt prompt) {
        List<Button> choices = new ArrayList<>();
        for (Choice c : prompt.choices()) {
            choices.add(formButton(in, state, c.label(), c.value()));
        }
        List<Button> nav = new ArrayList<>();
        if (!state.history().isEmpty()) {
            nav.add(formButton(in, state, in.t("form.back"), BACK));
        }
        nav.add(formButton(in, state, in.t("form.cancel"), CANCEL));
        in.reply(Outgoing.builder(prompt.text()).grid(choices, Math.max(1, prompt.perRow()))
                .row(nav).photos(prompt.photoIds()).build());
    }

    private static Button formButton(Incoming in, FormState state, String label, String value) {
        return in.button(label, FormEngine.BUTTON_ACTION, "formId", state.formId(), "step", state.step(),
                "value", value, "label", label);
    }

    /** Takes the buttons off the answered question and shows what was chosen. */
    static void markChosen(Incoming in, ButtonRecord button) {
        Integer messageId = in.buttonMessageId();
        if (messageId == null || in.update().getCallbackQuery().getMessage() == null) {
            return;
        }
        String text = in.update().getCallbackQuery().getMessage() instanceof Message m ? m.getText() : null;
        if (text == null) {
            return;
        }
        try {
            in.editButtonMessage(Outgoing.text(text + "\n→ " + button.arg("label")));
        } catch (RuntimeException e) {
            // only cosmetic: the answer itself is taken either way
        }
    }
}
