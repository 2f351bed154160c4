package io.wasmfit.analyzer.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ProgressMonitor;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.RefSpec;

/**
 * Brings a git repository's branch into a cache folder with JGit: cloned (shallow) on first use,
 * fetched and checked out again on the next scan. Every failure is a {@link WorkspaceException}
 * with one sentence for the user.
 */
public final class GitCheckout {

    private static final Pattern SCP_LIKE = Pattern.compile("[\\w.-]+@[\\w.-]+:.+");
    private static final int TIMEOUT_SECONDS = 60;

    /** A checked-out branch: where it is, and which commit. */
    public record Result(Path dir, String url, String branch, String commit) {
    }

    private GitCheckout() {
    }

    /** Whether the argument names a git repository by URL rather than a local folder. */
    public static boolean isGitUrl(String location) {
        String lower = location.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("ssh://")
                || lower.startsWith("git://") || lower.startsWith("file://") || SCP_LIKE.matcher(location).matches();
    }

    public static Result checkout(String url, String branch, Path cacheRoot, ProgressMonitor monitor)
            throws WorkspaceException {
        String remoteBranch = resolveBranch(url, branch);
        Path dir = cacheRoot.resolve("repos").resolve(folderName(url, remoteBranch));
        try {
            Files.createDirectories(dir.getParent());
        } catch (IOException e) {
            throw new WorkspaceException("cannot create the clone cache folder " + dir.getParent() + ": " + e.getMessage(), e);
        }
        if (Files.isDirectory(dir.resolve(".git"))) {
            try {
                return refresh(dir, url, remoteBranch, monitor);
            } catch (WorkspaceException e) {
                throw e;
            } catch (Exception e) {
                // A cache folder we cannot update is not worth keeping: clone afresh.
                deleteRecursively(dir);
            }
        } else if (Files.exists(dir)) {
            deleteRecursively(dir);
        }
        return cloneFresh(dir, url, remoteBranch, monitor);
    }

    /** The branch to check out: the one asked for (which must exist), or the remote's default. */
    private static String resolveBranch(String url, String branch) throws WorkspaceException {
        Map<String, Ref> refs;
        try {
            refs = Git.lsRemoteRepository().setRemote(url).setTimeout(TIMEOUT_SECONDS).callAsMap();
        } catch (GitAPIException | RuntimeException e) {
            throw new WorkspaceException(describe(url, e), e);
        }
        if (branch != null) {
            if (!refs.containsKey(Constants.R_HEADS + branch)) {
                throw new WorkspaceException("branch '" + branch + "' does not exist in " + url + " (branches: "
                        + String.join(", ", refs.keySet().stream().filter(r -> r.startsWith(Constants.R_HEADS))
                                .map(r -> r.substring(Constants.R_HEADS.length())).sorted().limit(10).toList()) + ")");
            }
            return branch;
        }
        Ref head = refs.get(Constants.HEAD);
        if (head != null && head.isSymbolic()) {
            return Repository.shortenRefName(head.getTarget().getName());
        }
        List<String> heads = refs.keySet().stream().filter(r -> r.startsWith(Constants.R_HEADS)).sorted().toList();
        for (String preferred : List.of("main", "master", "trunk", "develop")) {
            if (heads.contains(Constants.R_HEADS + preferred)) {
                return preferred;
            }
        }
        if (heads.isEmpty()) {
            throw new WorkspaceException(url + " has no branches to scan (empty repository)");
        }
        return heads.get(0).substring(Constants.R_HEADS.length());
    }

    private static Result cloneFresh(Path dir, String url, String branch, ProgressMonitor monitor) throws WorkspaceException {
        try (Git git = Git.cloneRepository().setURI(url).setDirectory(dir.toFile())
                .setBranch(Constants.R_HEADS + branch).setBranchesToClone(List.of(Constants.R_HEADS + branch))
                .setDepth(1).setTimeout(TIMEOUT_SECONDS).setProgressMonitor(monitor).call()) {
            return result(git, dir, url, branch);
        } catch (GitAPIException | RuntimeException | IOException e) {
            deleteRecursively(dir);
            throw new WorkspaceException(describe(url, e), e);
        }
    }

    private static Result refresh(Path dir, String url, String branch, ProgressMonitor monitor)
            throws IOException, GitAPIException, WorkspaceException {
        try (Git git = Git.open(dir.toFile())) {
            String origin = git.getRepository().getConfig().getString("remote", "origin", "url");
            if (!url.equals(origin)) {
                throw new IOException("cache folder belongs to " + origin);
            }
            String tracking = Constants.R_REMOTES + "origin/" + branch;
            try {
                git.fetch().setRemote("origin").setRefSpecs(new RefSpec("+" + Constants.R_HEADS + branch + ":" + tracking))
                        .setDepth(1).setTimeout(TIMEOUT_SECONDS).setProgressMonitor(monitor).call();
            } catch (TransportException | InvalidRemoteException e) {
                throw new WorkspaceException(describe(url, e), e);
            }
            git.reset().setMode(ResetCommand.ResetType.HARD).setRef(tracking).call();
            git.clean().setCleanDirectories(true).setForce(true).setIgnore(false).call();
            return result(git, dir, url, branch);
        }
    }

    private static Result result(Git git, Path dir, String url, String branch) throws IOException {
        ObjectId head = git.getRepository().resolve(Constants.HEAD);
        return new Result(dir, url, branch, head == null ? null : head.name());
    }

    /** One sentence about what went wrong, without a stack trace. */
    static String describe(String url, Throwable e) {
        String chain = messages(e);
        String lower = chain.toLowerCase(java.util.Locale.ROOT);
        if (e instanceof InvalidRemoteException || e.getCause() instanceof NoRemoteRepositoryException
                || lower.contains("not found") || lower.contains("does not appear to be a git repository")
                || lower.contains("not a git repository")) {
            return "no git repository at " + url;
        }
        if (lower.contains("unknownhost") || lower.contains("unknown host") || lower.contains("name or service not known")) {
            return "cannot reach the host of " + url + " (unknown host)";
        }
        if (lower.contains("connection refused") || lower.contains("timed out") || lower.contains("timeout")
                || lower.contains("network is unreachable") || lower.contains("no route to host")) {
            return "cannot reach the host of " + url + " (" + shortReason(lower) + ")";
        }
        if (lower.contains("auth") || lower.contains("credentials") || lower.contains("not authorized")
                || lower.contains("permission denied")) {
            return "access to " + url + " was refused (authentication required or denied)";
        }
        if (lower.contains("uri") && lower.contains("invalid") || lower.contains("cannot be resolved")) {
            return "not a valid git URL: " + url;
        }
        return "cannot fetch " + url + ": " + lastMessage(e);
    }

    private static String shortReason(String lower) {
        if (lower.contains("connection refused")) {
            return "connection refused";
        }
        if (lower.contains("unreachable") || lower.contains("no route")) {
            return "network unreachable";
        }
        return "timed out";
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
        }
        return sb.toString();
    }

    private static String lastMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause().getMessage() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** A readable, collision-free cache folder name: host-and-path plus a hash of URL and branch. */
    static String folderName(String url, String branch) {
        String readable = url.replaceFirst("^[a-zA-Z]+://", "").replaceFirst("^[^@/]+@", "")
                .replaceAll("\\.git$", "").replaceAll("[^A-Za-z0-9._-]+", "-");
        if (readable.length() > 60) {
            readable = readable.substring(readable.length() - 60);
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((url + "\n" + branch).getBytes(StandardCharsets.UTF_8));
            return readable.replaceAll("^-+", "") + "-" + HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // best effort: a leftover cache folder is replaced on the next clone
        }
    }
}
