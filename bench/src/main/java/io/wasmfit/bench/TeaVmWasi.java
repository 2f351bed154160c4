package io.wasmfit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.teavm.tooling.TeaVMTargetType;
import org.teavm.tooling.TeaVMTool;
import org.teavm.tooling.TeaVMToolException;
import org.teavm.vm.TeaVMOptimizationLevel;

/** Compiles a main class on this class path to a WASI preview1 module with TeaVM 0.13.1 (library call, no plugin). */
final class TeaVmWasi {

    private TeaVmWasi() {
    }

    static Path compile(Class<?> mainClass, Path outDir, String fileName) throws IOException {
        Files.createDirectories(outDir);
        TeaVMTool tool = new TeaVMTool();
        tool.setTargetType(TeaVMTargetType.WEBASSEMBLY_WASI);
        tool.setMainClass(mainClass.getName());
        tool.setTargetDirectory(outDir.toFile());
        tool.setTargetFileName(fileName);
        tool.setClassLoader(mainClass.getClassLoader());
        tool.setOptimizationLevel(TeaVMOptimizationLevel.ADVANCED);
        tool.setObfuscated(true);
        try {
            tool.generate();
        } catch (TeaVMToolException e) {
            throw new IOException("TeaVM failed on " + mainClass.getName() + ": " + e.getMessage(), e);
        }
        if (!tool.getProblemProvider().getSevereProblems().isEmpty()) {
            throw new IOException("TeaVM reported problems compiling " + mainClass.getName() + ": "
                    + tool.getProblemProvider().getSevereProblems());
        }
        return outDir.resolve(fileName);
    }
}
