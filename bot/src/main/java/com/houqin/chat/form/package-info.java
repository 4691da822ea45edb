/**
 * Forms: questions asked one after the other, with buttons, typed answers, « Back and a confirm
 * step, whose state survives a restart. Features declare a {@link com.houqin.chat.form.FormDefinition}.
 */
@NamedInterface("form")
package com.houqin.chat.form;

import org.springframework.modulith.NamedInterface;
