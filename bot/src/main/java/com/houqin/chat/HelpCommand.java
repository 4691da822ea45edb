package com.houqin.chat;

import java.util.Comparator;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.houqin.people.Person;

/** /help: the commands this person may use, with a line on each. */
@Component
class HelpCommand implements Command {

    private final ObjectProvider<Command> commands;

    HelpCommand(ObjectProvider<Command> commands) {
        this.commands = commands;
    }

    @Override
    public String name() {
        return "help";
    }

    @Override
    public Access access() {
        return Access.anyone();
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public void handle(Incoming in, String args) {
        Person person = in.person().orElse(null);
        // the provider leaves out the bean asking (this one), so add it back
        List<Command> allowed = java.util.stream.Stream.concat(commands.orderedStream(), java.util.stream.Stream.of(this))
                .distinct()
                .filter(c -> c.access().allows(person))
                .sorted(Comparator.comparingInt(Command::order).thenComparing(Command::name))
                .toList();
        StringBuilder text = new StringBuilder(in.t("help.title"));
        for (Command c : allowed) {
            text.append("\n/").append(c.name()).append(" — ").append(in.t(c.descriptionKey()));
        }
        if (person == null || !person.isApproved()) {
            text.append("\n\n").append(in.t("help.not-approved"));
        }
        in.reply(com.houqin.telegram.Outgoing.text(text.toString()));
    }
}
