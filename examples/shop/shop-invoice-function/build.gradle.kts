// The invoice webhook runs on AWS Lambda, outside the shop deployable, and is built on its own:
//   gradle build    (the zip for Lambda is build/distributions/shop-invoice-function.zip)
plugins {
    java
}

group = "com.example.shop"
version = "1.4.0-SNAPSHOT"

java {
    toolchain {
        languageVersion.set(JavaLanguageVersion.of(17))
    }
}

repositories {
    mavenCentral()
}

dependencies {
    implementation("com.amazonaws:aws-lambda-java-core:1.2.3")

    testImplementation(platform("org.junit:junit-bom:5.11.4"))
    testImplementation("org.junit.jupiter:junit-jupiter")
    testRuntimeOnly("org.junit.platform:junit-platform-launcher")
}

tasks.test {
    useJUnitPlatform()
}

// Lambda wants the classes at the root of the zip and the dependencies under lib/.
val lambdaZip by tasks.registering(Zip::class) {
    archiveFileName.set("shop-invoice-function.zip")
    destinationDirectory.set(layout.buildDirectory.dir("distributions"))
    from(tasks.compileJava)
    from(tasks.processResources)
    into("lib") {
        from(configurations.runtimeClasspath)
    }
}

tasks.build {
    dependsOn(lambdaZip)
}
