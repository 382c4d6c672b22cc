using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Xunit.Sdk;

namespace CodeTables.Tests.Harness;

/// <summary>
/// Runs the dotnet CLI as a child process, isolated from the test run's own MSBuild environment. Builds use a compiler
/// server of this test run's own (<see cref="SharedCompilationId"/>), whatever UseSharedCompilation the environment
/// sets: one process compiles every consumer, so Roslyn, the SDK's analyzers and generators are loaded and jitted once
/// and the framework's reference assemblies read once, instead of once per build (about half a consumer build's CPU).
/// It is still a real 'dotnet build' that loads the package's analyzers from the package folder, as csc does: the
/// server caches analyzer assemblies by path, and the end-to-end package lives in a new folder each run. The fixtures
/// that build stop the server when the last of them is done (<see cref="StopCompilerServer"/>).
/// </summary>
public static class DotNet
{
    /// <summary>The compiler server's pipe name: this test run's own, so no other build shares or stops it.</summary>
    private static readonly string SharedCompilationId = "codetables-tests-" + Environment.ProcessId;

    public sealed record Result(int ExitCode, string Output);

    public static Result Run(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host runs under 'dotnet test': its MSBuild variables would point a nested build at the wrong SDK state.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            start.Environment.Remove(key);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["UseSharedCompilation"] = "true";
        start.Environment["SharedCompilationId"] = SharedCompilationId;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new XunitException($"dotnet {string.Join(' ', arguments)} timed out:\n{output}");
        }

        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString());
    }

    /// <summary>Runs and fails the test with the full output when the command fails.</summary>
    public static string Succeed(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] arguments)
    {
        var result = Run(workingDirectory, environment, arguments);
        if (result.ExitCode != 0)
        {
            throw new XunitException($"dotnet {string.Join(' ', arguments)} exited with {result.ExitCode}:\n{result.Output}");
        }

        return result.Output;
    }

    /// <summary>
    /// Stops this run's compiler server, if one runs (it would otherwise idle for ten minutes); a later build starts it
    /// again. Where a process's command line cannot be read (/proc is Linux's), the server is left to stop by itself.
    /// </summary>
    public static void StopCompilerServer()
    {
        foreach (var process in Process.GetProcessesByName("VBCSCompiler"))
        {
            using (process)
            {
                try
                {
                    var commandLine = File.ReadAllText($"/proc/{process.Id}/cmdline").Split('\0');
                    if (commandLine.Contains("-pipename:" + SharedCompilationId))
                    {
                        process.Kill();
                    }
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidOperationException or System.ComponentModel.Win32Exception)
                {
                    // Gone already, or not readable here: it stops by itself.
                }
            }
        }
    }
}
