package com.houqin.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A button pressed: its data names a server-side record, which names the action; the record must
 * exist and be the presser's (if it has an owner), and the action's access must allow the presser
 * as they are now. Every action comes from a {@link ButtonSet}; two with one name stop the start.
 */
@Component
class ButtonPresses {

    private static final Logger log = LoggerFactory.getLogger(ButtonPresses.class);

    private final Buttons buttons;
    private final Refusals refusals;
    private final Map<String, ButtonAction> actions;

    ButtonPresses(Buttons buttons, Refusals refusals, List<ButtonSet> sets) {
        this.buttons = buttons;
        this.refusals = refusals;
        this.actions = sets.stream().flatMap(set -> set.buttons().stream())
                .collect(Collectors.toMap(ButtonAction::name, Function.identity()));
    }

    void press(Incoming in) {
        Optional<ButtonRecord> record = buttons.find(in.update().getCallbackQuery().getData());
        if (record.isEmpty()) {
            in.answerButton(in.t("chat.button-unknown"));
            in.say("chat.button-unknown");
            return;
        }
        ButtonRecord button = record.get();
        if (button.ownerId() != null && button.ownerId() != in.userId()) {
            in.answerButton(in.t("chat.button-not-yours"));
            in.say("chat.button-not-yours");
            return;
        }
        ButtonAction action = actions.get(button.action());
        if (action == null) {
            log.warn("Button {} names an action nobody handles: {}", button.id(), button.action());
            in.answerButton(in.t("chat.button-unknown"));
            return;
        }
        if (!action.access().allows(in.person().orElse(null))) {
            refusals.refuse(in, action.access());
            return;
        }
        action.handler().handle(in, button);
    }
}
