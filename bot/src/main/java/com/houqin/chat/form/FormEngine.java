package com.houqin.chat.form;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.chat.Refusals;
import com.houqin.telegram.Button;
import com.houqin.telegram.Outgoing;

/**
 * Runs the forms: asks each step's question, feeds it what the person sends, re-asks on bad
 * input, handles Back and Cancel, and keeps the state in MongoDB per chat.
 */
@Component
public class FormEngine {

    public static final String BUTTON_ACTION = "form";
    private static final String BACK = "__back";
    private static final String CANCEL = "__cancel";

    private final MongoTemplate mongo;
    private final Clock clock;
    private final FormProperties properties;
    private final Map<String, FormDefinition> forms;
    private final Refusals refusals;

    public FormEngine(MongoTemplate mongo, Clock clock, FormProperties properties, List<FormDefinition> forms,
                      Refusals refusals) {
        this.mongo = mongo;
        this.refusals = refusals;
        this.clock = clock;
        this.properties = properties;
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
                form.answeredAtStart(new FormData(prefill, formId)), clock.instant(), null, in.updateId(), null);
        advance(in, form, state, new FormData(prefill, state.formId()), 0);
    }

    /**
     * Gives a message to the chat's form. Returns false when there is no form in progress
     * (an expired one is dropped and the person told).
     */
    public boolean handleMessage(Incoming in, Input input) {
        Optional<FormState> loaded = load(in);
        if (loaded.isEmpty()) {
            return false;
        }
        FormState state = loaded.get();
        if (isExpired(state)) {
            drop(state);
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
        Optional<FormState> loaded = load(in).filter(s -> !isExpired(s));
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
        markChosen(in, button);
        switch (value) {
            case BACK -> back(in, state);
            case CANCEL -> {
                drop(state);
                in.say("form.cancelled");
            }
            default -> apply(in, state, Input.choice(value));
        }
    }

    /** Leaves the chat's form, if any. Returns whether there was one. */
    public boolean cancel(Incoming in) {
        Optional<FormState> state = load(in);
        state.ifPresent(this::drop);
        return state.isPresent() && !isExpired(state.get());
    }

    private boolean allowed(Incoming in, FormState state) {
        FormDefinition form = form(state.form());
        if (form.access().allows(in.person().orElse(null))) {
            return true;
        }
        drop(state);
        refusals.refuse(in, form.access());
        return false;
    }

    private void apply(Incoming in, FormState state, Input input) {
        FormDefinition form = form(state.form());
        Step step = step(form, state.step());
        FormData data = data(state);
        Answer answer = step.answer(in, data, input);
        if (answer instanceof Answer.Next) {
            List<String> history = new ArrayList<>(state.history());
            history.add(step.id());
            FormState answered = state.moved(step.id(), data.asMap(), history);
            advance(in, form, answered, data, indexOf(form, step.id()) + 1);
        } else if (answer instanceof Answer.Retry retry) {
            save(state, state.step(), data(state), state.history());
            in.say(retry.key(), retry.args() == null ? new Object[0] : retry.args());
            prompt(in, form, state, data(state));
        } else if (answer instanceof Answer.Stay stay) {
            FormState saved = save(state, state.step(), data, state.history());
            show(in, saved, stay.prompt());
        } else if (answer instanceof Answer.GoTo goTo) {
            data.remove(goTo.stepId());
            data.remove(goTo.stepId() + PhotoStep.DONE_SUFFIX);
            FormState moved = save(state, goTo.stepId(), data, state.history());
            prompt(in, form, moved, data);
        } else if (answer instanceof Answer.Finish) {
            finish(in, form, state, data);
        } else if (answer instanceof Answer.Cancel) {
            drop(state);
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
        FormState moved = save(state, previous, data, history);
        prompt(in, form, moved, data);
    }

    private void advance(Incoming in, FormDefinition form, FormState state, FormData data, int from) {
        List<Step> steps = form.steps();
        for (int i = from; i < steps.size(); i++) {
            Step step = steps.get(i);
            if (step.applies(data)) {
                FormState moved = save(state, step.id(), data, state.history());
                prompt(in, form, moved, data);
                return;
            }
        }
        finish(in, form, state, data);
    }

    /**
     * The last answer is in: the form's work is done first and the form dropped after, so a crash in
     * between leaves the form to finish again (completions are written to be done once however often
     * they are called for the same form). A new form the completion started is left alone.
     */
    private void finish(Incoming in, FormDefinition form, FormState state, FormData data) {
        form.complete(in, data);
        drop(state);
    }

    private void prompt(Incoming in, FormDefinition form, FormState state, FormData data) {
        show(in, state, step(form, state.step()).prompt(in, data));
    }

    private void show(Incoming in, FormState state, Prompt prompt) {
        List<Button> choices = new ArrayList<>();
        for (Choice c : prompt.choices()) {
            choices.add(formButton(in, state, c.label(), c.value()));
        }
        List<Button> nav = new ArrayList<>();
        if (!state.history().isEmpty()) {
            nav.add(formButton(in, state, in.t("form.back"), BACK));
        }
        nav.add(formButton(in, state, in.t("form.cancel"), CANCEL));
        Outgoing message = Outgoing.builder(prompt.text()).grid(choices, Math.max(1, prompt.perRow()))
                .row(nav).photos(prompt.photoIds()).build();
        in.reply(message);
    }

    private Button formButton(Incoming in, FormState state, String label, String value) {
        return in.button(label, BUTTON_ACTION, "formId", state.formId(), "step", state.step(), "value", value,
                "label", label);
    }

    /** Takes the buttons off the answered question and shows what was chosen. */
    private void markChosen(Incoming in, ButtonRecord button) {
        Integer messageId = in.buttonMessageId();
        if (messageId == null || in.update().getCallbackQuery().getMessage() == null) {
            return;
        }
        var original = in.update().getCallbackQuery().getMessage();
        String text = original instanceof org.telegram.telegrambots.meta.api.objects.message.Message m
                && m.getText() != null ? m.getText() : null;
        if (text == null) {
            return;
        }
        try {
            in.editButtonMessage(Outgoing.text(text + "\n→ " + button.arg("label")));
        } catch (RuntimeException e) {
            // only cosmetic: the answer itself is taken either way
        }
    }

    private FormState save(FormState state, String stepId, FormData data, List<String> history) {
        Instant now = clock.instant();
        FormState saved = new FormState(state.chatId(), state.userId(), state.form(), state.formId(), stepId,
                data.asMap(), history, now, now.plus(properties.idleTimeout()), state.lastUpdate(), state.before());
        mongo.save(saved);
        return saved;
    }

    /** The chat's form as the update being handled found it (see {@link FormState#asFoundBy}). */
    private Optional<FormState> load(Incoming in) {
        return Optional.ofNullable(mongo.findById(in.chatId(), FormState.class)).map(s -> s.asFoundBy(in.updateId()));
    }

    private static FormData data(FormState state) {
        return new FormData(state.data(), state.formId());
    }

    private void drop(FormState state) {
        mongo.remove(Query.query(Criteria.where("_id").is(state.chatId()).and("formId").is(state.formId())),
                FormState.class);
    }

    private boolean isExpired(FormState state) {
        return state.expiresAt() != null && !clock.instant().isBefore(state.expiresAt());
    }

    public long dropExpired() {
        return mongo.remove(Query.query(Criteria.where("expiresAt").lt(clock.instant())), FormState.class)
                .getDeletedCount();
    }

    private FormDefinition form(String name) {
        FormDefinition form = forms.get(name);
        if (form == null) {
            throw new IllegalStateException("no form named " + name);
        }
        return form;
    }

    private static Step step(FormDefinition form, String id) {
        return form.steps().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("form " + form.name() + " has no step " + id));
    }

    private static int indexOf(FormDefinition form, String stepId) {
        List<Step> steps = form.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return steps.size();
    }
}
