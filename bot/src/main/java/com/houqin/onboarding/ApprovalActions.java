package com.houqin.onboarding;

import org.springframework.stereotype.Component;

import com.houqin.chat.Access;
import com.houqin.chat.ButtonAction;
import com.houqin.chat.ButtonRecord;
import com.houqin.chat.Incoming;
import com.houqin.people.Role;

/** The Approve and Reject buttons on a join request: admins only, checked at every press. */
final class ApprovalActions {

    private ApprovalActions() {
    }

    @Component
    static class Approve implements ButtonAction {
        private final Onboarding onboarding;

        Approve(Onboarding onboarding) {
            this.onboarding = onboarding;
        }

        @Override
        public String name() {
            return ApprovalCards.APPROVE;
        }

        @Override
        public Access access() {
            return Access.roles(Role.ADMIN);
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            onboarding.decide(in, button.longArg("person"), true);
        }
    }

    @Component
    static class Reject implements ButtonAction {
        private final Onboarding onboarding;

        Reject(Onboarding onboarding) {
            this.onboarding = onboarding;
        }

        @Override
        public String name() {
            return ApprovalCards.REJECT;
        }

        @Override
        public Access access() {
            return Access.roles(Role.ADMIN);
        }

        @Override
        public void handle(Incoming in, ButtonRecord button) {
            onboarding.decide(in, button.longArg("person"), false);
        }
    }
}
