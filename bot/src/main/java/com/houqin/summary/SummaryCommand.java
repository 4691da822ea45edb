package com.houqin.summary;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.Command;
import com.houqin.chat.Incoming;
import com.houqin.people.Role;
import com.houqin.telegram.Outgoing;

/** /summary: the summary now — all of it for managers, the cars for dispatchers. */
@Component
class SummaryCommand implements Command {

    private final Summaries summaries;

    SummaryCommand(Summaries summaries) {
        this.summaries = summaries;
    }

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public Access access() {
        return Access.roles(Role.MANAGER, Role.DISPATCHER);
    }

    @Override
    public int order() {
        return 80;
    }

    @Override
    public void handle(Incoming in, String args) {
        in.reply(Outgoing.text(summaries.compose(in.language(), in.approvedPerson().roles())));
    }
}
