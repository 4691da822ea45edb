package com.houqin.car;

import com.houqin.chat.Access;
import com.houqin.chat.Incoming;
import com.houqin.chat.form.FormData;
import com.houqin.chat.form.FormDefinition;

/**
 * A short form opened from a trip or request card of /cars (a reason, a reading): started again from
 * /cars, and a change the trip no longer allows is answered with its {@link Refusal}.
 */
abstract class CarsForm implements FormDefinition {

    private final String name;
    private final Access access;

    CarsForm(String name, Access access) {
        this.name = name;
        this.access = access;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Access access() {
        return access;
    }

    @Override
    public final String restartCommand() {
        return "/cars";
    }

    @Override
    public final void complete(Incoming in, FormData data) {
        try {
            submit(in, data);
        } catch (Refusal refusal) {
            in.say(refusal.key(), refusal.args());
        }
    }

    /** The form's work; throws a {@link Refusal} when the card's item moved on meanwhile. */
    abstract void submit(Incoming in, FormData data);
}
