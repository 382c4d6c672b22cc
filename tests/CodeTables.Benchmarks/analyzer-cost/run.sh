#!/usr/bin/env bash
# Analyzer cost (docs/benchmarks.md, "Analyzer cost: pending"): writes a synthetic consumer of the repository's
# tables, FILES source files full of switches, comparisons and casts over the code-table enums, and builds it with
# -p:ReportAnalyzer=true, which makes the compiler report the time spent in each analyzer and generator.
# Written ahead of the analyzers (being developed separately); run it once they are in the generator assembly.
#
#   bash tests/CodeTables.Benchmarks/analyzer-cost/run.sh [FILES]     (default 500)
set -euo pipefail
files=${1:-500}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

cat > "$work/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/generator/CodeTables.Generator/build/CodeTables.props" />
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <RootNamespace>Consumer</RootNamespace>
    <CodeTablesNamespace>Consumer.Tables</CodeTablesNamespace>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
    <LangVersion>latest</LangVersion>
    <!-- Roslyn's own switch analyzers (IDE0010 statements, IDE0072 expressions) enforced in the build, to compare. -->
    <EnforceCodeStyleInBuild>true</EnforceCodeStyleInBuild>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$repo/runtime/CodeTables/CodeTables.csproj" />
    <ProjectReference Include="$repo/generator/CodeTables.Generator/CodeTables.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$repo/generator/CodeTables.Analyzers/CodeTables.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <CodeTable Include="$repo/tables/*.csv" />
  </ItemGroup>
  <Import Project="$repo/generator/CodeTables.Generator/build/CodeTables.targets" />
</Project>
XML

cat > "$work/.editorconfig" <<INI
root = true

[*.cs]
dotnet_diagnostic.IDE0010.severity = warning
dotnet_diagnostic.IDE0072.severity = warning
INI

# Each file: a switch over each kind of table, raw-code comparisons, casts from int, TryFromCode, Classify.
for i in $(seq -w 1 "$files"); do
  cat > "$work/Use$i.cs" <<CS
using CodeTables;
using Consumer.Tables;

namespace Consumer.Uses;

public static class Use$i
{
    public static int Huawei(int code)
    {
        var cause = (HuaweiCecReleaseCause)code;
        switch (cause)
        {
            case HuaweiCecReleaseCause.QueueCancelKeyPressed: return 1;
            case HuaweiCecReleaseCause.IvrNormalRelease: return 2;
            case HuaweiCecReleaseCause.AcdDisconnect613: return 3;
            default: return code == 80 || code == 256 || (int)cause > 600 ? 4 : 0;
        }
    }

    public static CallOutcome Q850(int code)
        => Q850CauseExtensions.TryFromCode(code, out var cause) && cause != Q850Cause.NormalClearing
            ? cause switch
            {
                Q850Cause.UserBusy => CallOutcome.Busy,
                Q850Cause.NoAnswer => CallOutcome.NoAnswer,
                _ => cause.ToOutcome(),
            }
            : CallOutcome.Unknown;

    public static bool FreeSwitch(string name)
    {
        if (!FreeSwitchHangupCauseExtensions.TryFromCode(name, out var cause))
        {
            return name == "USER_BUSY";
        }

        return cause == FreeSwitchHangupCause.UserBusy || cause is FreeSwitchHangupCause.NoAnswer or FreeSwitchHangupCause.CallRejected;
    }

    public static string Natterbox(string type, string cause)
        => NatterboxMissedCallExtensions.Classify(type, cause) switch
        {
            CallOutcome.Busy => "busy $i",
            CallOutcome.Rejected => "rejected",
            var other => other.ToString(),
        };

    public static int Asterisk(int reason) => (AsteriskOriginateReason)reason == AsteriskOriginateReason.Busy ? 5 : (int)(AsteriskOriginateReason)reason;
}
CS
done
echo "$files consumer files in $work"

dotnet restore "$work/Consumer.csproj" -v:q -nologo
start=$(date +%s%N)
dotnet build "$work/Consumer.csproj" -c Release --no-restore -nologo -v:d -p:ReportAnalyzer=true > "$work/build.log" 2>&1 || { tail -50 "$work/build.log"; exit 1; }
end=$(date +%s%N)
echo "build: $(( (end - start) / 1000000 )) ms wall clock"
# The compiler's report: total analyzer and generator time, then one line per analyzer/generator.
# Only the consumer's compile (the log also holds the generator and analyzer projects' own builds).
sed -n '/CoreCompile/,$p' "$work/build.log" | grep -E "execution time|^ *[0-9]+\.[0-9]+ +[0-9<]+ " | sed 's/^ *//' | tail -n +1 > "$work/report.txt" || true
grep -E "Total (analyzer|generator) execution time" "$work/report.txt" | tail -2 || true
echo "--- the CodeTables analyzers (the table diagnostics in CodeTables.Generator) and Roslyn's switch analyzers (IDE0010/IDE0072):"
grep -E "^ *[0-9]+\.[0-9]+ +[0-9<]+ +.*(CodeTables\.Analyzers|CodeTables\.Generator|TableDiagnosticsAnalyzer|PopulateSwitch|IDE0010|IDE0072|CodeStyle, Version)" "$work/build.log" | sed 's/^ *//' | sort -u || true
