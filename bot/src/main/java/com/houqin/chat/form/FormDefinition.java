package com.houqin.chat.form;

import java.util.List;

import com.houqin.chat.Access;
import com.houqin.chat.Incoming;

/** A form a feature offers (a repair report, a meal registration...). Declare it as a bean. */
public interface FormDefinition {

    /** Stable name, stored with the form's state. */
    String name();

    List<Step> steps();

    /** Who may fill it in; checked at every answer, since roles can change mid-form. */
    default Access access() {
        return Access.approved();
    }

    /** Called once, when the last step is answered; the form's state is gone after it returns. */
    void complete(Incoming in, FormData data);

    /**
     * Which of the answers the form was started with count as questions answered, so that Back goes
     * to them (in the order asked); none by default: what a form starts with is context, such as
     * the ticket a Done is for.
     */
    default List<String> answeredAtStart(FormData data) {
        return List.of();
    }

    /** The command that starts the form again, for "start again with /repair". */
    default String restartCommand() {
        return "/" + name();
    }

    default Step step(String id) {
        return steps().stream().filter(s -> s.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalStateException("form " + name() + " has no step " + id));
    }

    /** Where the step stands in the form; after the last one if it has none of that id. */
    default int indexOf(String stepId) {
        List<Step> steps = steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(stepId)) {
                return i;
            }
        }
        return steps.size();
    }
}
