package com.houqin.onboarding;

import java.util.List;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonSet;
import com.houqin.people.Role;

/** The Approve and Reject buttons on a join request ({@link ApprovalCards}): admins only, checked at every press. */
@Component
class ApprovalActions implements ButtonSet {

    private final Onboarding onboarding;

    ApprovalActions(Onboarding onboarding) {
        this.onboarding = onboarding;
    }

    @Override
    public List<ButtonAction> buttons() {
        Access admins = Access.roles(Role.ADMIN);
        return List.of(
                ButtonAction.of(ApprovalCards.APPROVE, admins, (in, b) -> onboarding.decide(in, b.longArg("person"), true)),
                ButtonAction.of(ApprovalCards.REJECT, admins, (in, b) -> onboarding.decide(in, b.longArg("person"), false)));
    }
}
