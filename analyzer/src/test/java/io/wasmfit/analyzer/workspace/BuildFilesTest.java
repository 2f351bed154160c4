package io.wasmfit.analyzer.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wasmfit.analyzer.TestProjects;

class BuildFilesTest {

    @TempDir
    Path dir;

    private List<String> coordinates() throws IOException {
        return BuildFiles.read(SourceWalker.walk(dir)).dependencies().stream()
                .map(d -> d.coordinates() + (d.version() == null ? "" : ":" + d.version())).toList();
    }

    @Test
    void mavenDependenciesWithPropertiesAndManagementButNotTests() throws IOException {
        TestProjects.in(dir).file("pom.xml", """
                <project>
                  <version>1.2.0</version>
                  <properties><jedis.version>5.2.0</jedis.version></properties>
                  <dependencyManagement><dependencies>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-dependencies</artifactId>
                      <version>3.5.7</version><type>pom</type><scope>import</scope></dependency>
                    <dependency><groupId>io.acme</groupId><artifactId>acme-core</artifactId><version>${project.version}</version></dependency>
                  </dependencies></dependencyManagement>
                  <dependencies>
                    <dependency><groupId>redis.clients</groupId><artifactId>jedis</artifactId><version>${jedis.version}</version></dependency>
                    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-web</artifactId></dependency>
                    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><scope>test</scope></dependency>
                  </dependencies>
                </project>""");
        assertThat(coordinates()).containsExactly("io.acme:acme-core:1.2.0", "org.springframework.boot:spring-boot-starter-web",
                "redis.clients:jedis:5.2.0");
    }

    @Test
    void gradleStringMapAndVersionCatalogNotations() throws IOException {
        TestProjects.in(dir).file("build.gradle.kts", """
                dependencies {
                    implementation("org.springframework.boot:spring-boot-starter-web")
                    implementation(platform("software.amazon.awssdk:bom:2.25.0"))
                    api(group = "com.google.guava", name = "guava", version = "33.0-jre")
                    testImplementation("org.junit.jupiter:junit-jupiter:5.10.0")
                    implementation(libs.jedis)
                }""").file("gradle/libs.versions.toml", """
                [versions]
                jedis = "5.2.0"
                [libraries]
                jedis = { module = "redis.clients:jedis", version.ref = "jedis" }
                lettuce = { group = "io.lettuce", name = "lettuce-core", version = "6.3.2.RELEASE" }
                okhttp = "com.squareup.okhttp3:okhttp:4.12.0"
                """).file("build.gradle", "dependencies { compileOnly 'org.projectlombok:lombok:1.18.30' }");
        assertThat(coordinates()).containsExactlyInAnyOrder(
                "org.springframework.boot:spring-boot-starter-web", "software.amazon.awssdk:bom:2.25.0",
                "com.google.guava:guava:33.0-jre", "redis.clients:jedis:5.2.0", "io.lettuce:lettuce-core:6.3.2.RELEASE",
                "com.squareup.okhttp3:okhttp:4.12.0", "org.projectlombok:lombok:1.18.30");
    }

    @Test
    void aPomWithADoctypeIsRefusedNotExpanded() throws IOException {
        TestProjects.in(dir).file("pom.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE project [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <project><dependencies><dependency><groupId>&xxe;</groupId><artifactId>a</artifactId></dependency></dependencies></project>""");
        BuildFiles.Result r = BuildFiles.read(SourceWalker.walk(dir));
        assertThat(r.dependencies()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("build file not understood"));
    }
}
