package io.wasmfit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamePatternTest {

    @Test
    void plainNamesMatchOnlyThemselves() {
        NamePattern p = NamePattern.of("java.lang.Thread");
        assertThat(p.matches("java.lang.Thread")).isTrue();
        assertThat(p.matches("java.lang.ThreadLocal")).isFalse();
        assertThat(p.matches("javaXlang.Thread")).isFalse();
    }

    @Test
    void starsAndAlternativesAndLists() {
        NamePattern p = NamePattern.of(List.of("org.springframework.web.bind.annotation.{Get,Post}Mapping", "jakarta.ws.rs.*"));
        assertThat(p.matches("org.springframework.web.bind.annotation.GetMapping")).isTrue();
        assertThat(p.matches("org.springframework.web.bind.annotation.PutMapping")).isFalse();
        assertThat(p.matches("jakarta.ws.rs.core.Response")).isTrue();
        assertThat(p.mayMatchSimpleName("PostMapping")).isTrue();
        assertThat(NamePattern.of("a.b.Exact").mayMatchSimpleName("Other")).isFalse();
    }

    @Test
    void groupsMaySpanDotsAndValuesMayBeMediaTypes() {
        NamePattern p = NamePattern.of("{org.springframework.scheduling.annotation.Async,jakarta.ejb.Asynchronous}");
        assertThat(p.matches("jakarta.ejb.Asynchronous")).isTrue();
        assertThat(p.mayMatchSimpleName("Async")).isTrue();
        assertThat(p.mayMatchSimpleName("Asynchronous")).isTrue();
        assertThat(NamePattern.of("{text/event-stream,application/*+json}").matches("application/problem+json")).isTrue();
    }

    @Test
    void malformedPatternsSayWhy() {
        assertThatThrownBy(() -> NamePattern.of("a.{b")).hasMessageContaining("'{' without '}'");
        assertThatThrownBy(() -> NamePattern.of("a.b)")).hasMessageContaining("character ')' is not allowed");
        assertThatThrownBy(() -> NamePattern.of(" ")).hasMessageContaining("empty name pattern");
    }

    @Test
    void theSimpleNamePreCheckRejectsWhatCannotMatchAndKeepsWhatMight() {
        NamePattern jaxrs = NamePattern.of("{javax,jakarta}.ws.rs.{GET,POST}");
        assertThat(jaxrs.mayMatchSimpleName("GET")).isTrue();
        assertThat(jaxrs.mayMatchSimpleName("Override")).isFalse();
        assertThat(NamePattern.of("org.springframework.data.*Repository").mayMatchSimpleName("JpaRepository")).isTrue();
        assertThat(NamePattern.of("org.springframework.batch.*").mayMatchSimpleName("Anything")).isTrue();
        assertThat(NamePattern.of("a.{b.C,D}").mayMatchSimpleName("C")).isTrue();
    }

    @Test
    void finitePatternsMatchExactlyTheirExpansions() {
        NamePattern p = NamePattern.of(List.of("org.{springframework,acme}.{Get,Post}Mapping", "x.Y"));
        assertThat(p.matches("org.acme.PostMapping")).isTrue();
        assertThat(p.matches("org.springframework.GetMapping")).isTrue();
        assertThat(p.matches("x.Y")).isTrue();
        assertThat(p.matches("org.acme.PutMapping")).isFalse();
        assertThat(p.matches("org.acme.GetMappingX")).isFalse();
        assertThat(NamePattern.of("{,Static}Thing").matches("Thing")).isTrue();
    }
}
