package com.houqin.chat.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.houqin.chat.Incoming;

/**
 * The last step: the summary with Confirm / Edit (and the engine's Back / Cancel). Edit lists the
 * answers that can be changed; after a change the summary comes back. A Cancel of its own, on
 * summaries shown before it was left to the engine, still cancels.
 */
public final class ConfirmStep implements Step {

    static final String CONFIRM = "confirm";
    static final String EDIT = "edit";
    static final String CANCEL = "cancel";
    static final String EDIT_PREFIX = "edit:";

    private final BiFunction<Incoming, FormData, String> summary;
    private final Map<String, String> editable;

    /**
     * @param editable step id → bundle key of its name, in the order offered under Edit
     */
    public ConfirmStep(BiFunction<Incoming, FormData, String> summary, Map<String, String> editable) {
        this.summary = summary;
        this.editable = new LinkedHashMap<>(editable);
    }

    @Override
    public String id() {
        return "confirm";
    }

    @Override
    public boolean applies(FormData data) {
        return true;
    }

    @Override
    public Prompt prompt(Incoming in, FormData data) {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(in.t("form.confirm"), CONFIRM));
        if (!editable.isEmpty()) {
            choices.add(new Choice(in.t("form.edit"), EDIT));
        }
        // Cancel is the engine's, under every step: one is enough
        return Prompt.of(summary.apply(in, data), choices, 3);
    }

    private List<Choice> editChoices(Incoming in) {
        List<Choice> choices = new ArrayList<>();
        editable.forEach((stepId, key) -> choices.add(new Choice(in.t(key), EDIT_PREFIX + stepId)));
        return choices;
    }

    @Override
    public Answer answer(Incoming in, FormData data, Input input) {
        if (!input.isChoice()) {
            return Answer.retry("form.confirm-with-buttons");
        }
        String choice = input.choice();
        if (CONFIRM.equals(choice)) {
            return Answer.finish();
        }
        if (CANCEL.equals(choice)) {
            return Answer.cancel();
        }
        if (EDIT.equals(choice)) {
            return Answer.stay(Prompt.of(in.t("form.edit-which"), editChoices(in), 2));
        }
        if (choice.startsWith(EDIT_PREFIX) && editable.containsKey(choice.substring(EDIT_PREFIX.length()))) {
            return Answer.goTo(choice.substring(EDIT_PREFIX.length()));
        }
        return Answer.retry("form.choice-gone");
    }
}
