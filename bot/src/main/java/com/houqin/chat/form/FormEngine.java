package com.houqin.chat.form;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.chat.Refusals;

/**
 * Runs the forms: asks each step's question, feeds it what the person sends, re-asks on bad
 * input, handles Back and Cancel; the state is kept per chat ({@link FormStates}).
 */
@Component
public class FormEngine {

    public static final String BUTTON_ACTION = "form";

    private final FormStates states;
    private final Map<String, FormDefinition> forms;
    private final Refusals refusals;

    FormEngine(FormStates states, List<FormDefinition> forms, Refusals refusals) {
        this.states = states;
        this.refusals = refusals;
        this.forms = forms.stream().collect(Collectors.toMap(FormDefinition::name, Function.identity()));
    }

    /**
     * Starts a form (replacing any other in this chat), with some answers already known. The form's
     * id comes from the update that starts it, so starting it again when that update is handled
     * again gives the same form, and the buttons already sent for it keep working.
     */
    public void start(Incoming in, String formName, Map<String, Object> prefill) {
        FormDefinition form = form(formName);
        String formId = "u" + in.updateId() + ":" + formName;
        FormState state = new FormState(in.chatId(), in.userId(), formName, formId, null, prefill,
                form.answeredAtStart(new FormData(prefill, formId)), states.now(), null, in.updateId(), null, null);
        advance(in, form, state, new FormData(prefill, state.formId()), 0);
    }

    /**
     * Gives a message to the chat's form. Returns false when there is no form in progress
     * (an expired one is dropped and the person told).
     */
    public boolean handleMessage(Incoming in, Input input) {
        try {
            return message(in, input);
        } catch (FormStates.Conflict e) {
            changedMeanwhile(in);
            return true;
        }
    }

    private boolean message(Incoming in, Input input) {
        Optional<FormState> loaded = states.load(in);
        if (loaded.isEmpty()) {
            return false;
        }
        FormState state = loaded.get();
        if (states.isExpired(state)) {
            states.drop(state);
            in.say("form.expired", form(state.form()).restartCommand());
            return true;
        }
        if (state.userId() != in.userId()) {
            return false;
        }
        if (allowed(in, state)) {
            apply(in, state, input);
        }
        return true;
    }

    /** A form button was pressed. */
    public void handleButton(Incoming in, ButtonRecord button) {
        try {
            button(in, button);
        } catch (FormStates.Conflict e) {
            changedMeanwhile(in);
        }
    }

    /**
     * The form was moved on elsewhere (another instance handled another answer of this chat at the
     * same moment) while this answer was being applied: this answer is not taken, the person is told
     * and asked the form's current question.
     */
    private void changedMeanwhile(Incoming in) {
        Optional<FormState> now = states.load(in).filter(s -> !states.isExpired(s));
        if (now.isEmpty()) {
            in.say("form.closed");
            return;
        }
        in.say("form.changed-meanwhile");
        prompt(in, form(now.get().form()), now.get(), data(now.get()));
    }

    private void button(Incoming in, ButtonRecord button) {
        Optional<FormState> loaded = states.load(in).filter(s -> !states.isExpired(s));
        if (loaded.isEmpty()) {
            in.answerButton(in.t("form.closed"));
            in.say("form.closed");
            return;
        }
        FormState state = loaded.get();
        if (!state.formId().equals(button.arg("formId")) || !state.step().equals(button.arg("step"))) {
            in.answerButton(in.t("form.old-button"));
            in.say("form.old-button");
            prompt(in, form(state.form()), state, data(state));
            return;
        }
        if (!allowed(in, state)) {
            return;
        }
        String value = button.arg("value");
        in.answerButton(null);
        FormMessages.markChosen(in, button);
        switch (value) {
            case FormMessages.BACK -> back(in, state);
            case FormMessages.CANCEL -> {
                states.drop(state);
                in.say("form.cancelled");
            }
            default -> apply(in, state, Input.choice(value));
        }
    }

    /** Leaves the chat's form, if any. Returns whether there was one. */
    public boolean cancel(Incoming in) {
        Optional<FormState> state = states.load(in);
        state.ifPresent(states::drop);
        return state.isPresent() && !states.isExpired(state.get());
    }

    private boolean allowed(Incoming in, FormState state) {
        FormDefinition form = form(state.form());
        if (form.access().allows(in.person().orElse(null))) {
            return true;
        }
        states.drop(state);
        refusals.refuse(in, form.access());
        return false;
    }

    private void apply(Incoming in, FormState state, Input input) {
        FormDefinition form = form(state.form());
        Step step = form.step(state.step());
        FormData data = data(state);
        Answer answer = step.answer(in, data, input);
        if (answer instanceof Answer.Next) {
            List<String> history = new ArrayList<>(state.history());
            history.add(step.id());
            FormState answered = state.moved(step.id(), data.asMap(), history);
            advance(in, form, answered, data, form.indexOf(step.id()) + 1);
        } else if (answer instanceof Answer.Retry retry) {
            states.save(state, state.step(), data(state), state.history());
            in.say(retry.key(), retry.args() == null ? new Object[0] : retry.args());
            prompt(in, form, state, data(state));
        } else if (answer instanceof Answer.Stay stay) {
            FormState saved = states.save(state, state.step(), data, state.history());
            FormMessages.show(in, saved, stay.prompt());
        } else if (answer instanceof Answer.GoTo goTo) {
            data.remove(goTo.stepId());
            data.remove(goTo.stepId() + PhotoStep.DONE_SUFFIX);
            FormState moved = states.save(state, goTo.stepId(), data, state.history());
            prompt(in, form, moved, data);
        } else if (answer instanceof Answer.Finish) {
            finish(in, form, state, data);
        } else if (answer instanceof Answer.Cancel) {
            states.drop(state);
            in.say("form.cancelled");
        }
    }

    private void back(Incoming in, FormState state) {
        FormDefinition form = form(state.form());
        List<String> history = new ArrayList<>(state.history());
        if (history.isEmpty()) {
            prompt(in, form, state, data(state));
            return;
        }
        String previous = history.remove(history.size() - 1);
        FormData data = data(state);
        data.remove(previous);
        data.remove(previous + PhotoStep.DONE_SUFFIX);
        FormState moved = states.save(state, previous, data, history);
        prompt(in, form, moved, data);
    }

    private void advance(Incoming in, FormDefinition form, FormState state, FormData data, int from) {
        List<Step> steps = form.steps();
        for (int i = from; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.applies(data)) {
                FormState moved = states.save(state, step.id(), data, state.history());
                prompt(in, form, moved, data);
                return;
            }
        }
        finish(in, form, state, data);
    }

    /**
     * The last answer is in: the form is claimed (saved at the version it was loaded at), its work is
     * done and the form dropped after, so a crash in between leaves the form to finish again
     * (completions are written to be done once however often they are called for the same form). A
     * new form the completion started is left alone.
     */
    private void finish(Incoming in, FormDefinition form, FormState state, FormData data) {
        // claimed first, at the version loaded: an answer taken elsewhere meanwhile wins, and this
        // one neither completes the form with what it read nor drops what the other wrote
        FormState claimed = states.save(state, state.step(), data, state.history());
        form.complete(in, data);
        states.drop(claimed);
    }

    private void prompt(Incoming in, FormDefinition form, FormState state, FormData data) {
        FormMessages.show(in, state, form.step(state.step()).prompt(in, data));
    }

    private static FormData data(FormState state) {
        return new FormData(state.data(), state.formId());
    }

    private FormDefinition form(String name) {
        FormDefinition form = forms.get(name);
        if (form == null) {
            throw new IllegalStateException("no form named " + name);
        }
        return form;
    }
}
