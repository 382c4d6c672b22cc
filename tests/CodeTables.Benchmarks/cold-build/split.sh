#!/usr/bin/env bash
# Where the generator's cold time goes in a real build (docs/benchmarks.md, "Cold generator run"). The consumer of
# run.sh (the shipped tables, the generator as an Analyzer item, a fresh csc per compile: -p:UseSharedCompilation=false)
# built three ways, interleaved round by round:
#   plain  the generator's output checked in as ordinary .cs files, no generator: the compile without it
#   il     the generator as built (what the package ships)
#   warm   the same, with a first generator that only asks the compilation for one type by metadata name: the
#          compiler's first load of the referenced assemblies' type names is then paid by that generator, not ours
# Prints per build the compiler's Csc task time (MSBuild's performance summary), the CodeTables generator's time and the
# warm-up generator's (-p:ReportAnalyzer=true), then the medians. csc(il) - csc(plain) is what the generator adds to a
# cold compile; il - warm is the part of the generator's own account that is the compiler's first metadata load.
#
#   bash tests/CodeTables.Benchmarks/cold-build/split.sh [ROUNDS]
set -euo pipefail
rounds=${1:-5}
repo=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
echo '<Project />' > "$work/Directory.Build.props"; echo '<Project />' > "$work/Directory.Build.targets"; echo '<Project />' > "$work/Directory.Packages.props"

echo "== build: generator, runtime and the warm-up generator (Release)"
dotnet build "$repo/generator/CodeTables.Generator/CodeTables.Generator.csproj" -c Release -v:q -nologo > "$work/gen.log" || { cat "$work/gen.log"; exit 1; }
dotnet build "$repo/runtime/CodeTables/CodeTables.csproj" -c Release -v:q -nologo > "$work/rt.log" || { cat "$work/rt.log"; exit 1; }
mkdir -p "$work/il" "$work/warmgen"
cp "$repo/generator/CodeTables.Generator/bin/Release/netstandard2.0/CodeTables.Generator.dll" "$work/il/"
cat > "$work/warmgen/WarmGen.csproj" <<'XML'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>netstandard2.0</TargetFramework>
    <LangVersion>latest</LangVersion>
    <EnforceExtendedAnalyzerRules>true</EnforceExtendedAnalyzerRules>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.8.0" PrivateAssets="all" />
  </ItemGroup>
</Project>
XML
cat > "$work/warmgen/WarmGenerator.cs" <<'CS'
using Microsoft.CodeAnalysis;

/// <summary>Asks the compilation for one type, as the CodeTables generator's first step does, and generates nothing.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class WarmGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
        => context.RegisterSourceOutput(context.CompilationProvider, static (_, compilation) => compilation.GetTypeByMetadataName("CodeTables.CallOutcome"));
}
CS
dotnet build "$work/warmgen/WarmGen.csproj" -c Release -v:q -nologo -o "$work/warm" > "$work/warm.log" || { cat "$work/warm.log"; exit 1; }

echo "== consumer: the shipped tables ($(ls "$repo"/tables/*.csv | wc -l) files), and the same with the generated code checked in"
source "$(dirname "$0")/consumer.sh"
write_consumer "    <Analyzer Include=\"$work/warm/WarmGen.dll\" Condition=\"'\$(Warm)' == 'true'\" />
"
dotnet build "$work/consumer/Consumer.csproj" -c Release -v:q -nologo -p:GeneratorDir="$work/il" > "$work/first.log" || { cat "$work/first.log"; exit 1; }
write_plain "$work/il"
echo "generated files checked in for plain: $(find "$work/generated" -name '*.cs' | wc -l)"

# One build: a touched file forces the compile; a fresh csc process loads every analyzer and generator cold.
measure() { # $1 variant
  local v=$1 project="$work/consumer" warm=false log="$work/$1.log"
  [ "$v" = plain ] && project="$work/plain"
  [ "$v" = warm ] && warm=true
  echo "// $RANDOM $RANDOM" > "$project/Touch.cs"
  dotnet build "$project" -c Release --no-restore -nologo -v:d -nodeReuse:false -clp:PerformanceSummary \
    -p:UseSharedCompilation=false -p:ReportAnalyzer=true -p:GeneratorDir="$work/il" -p:Warm=$warm > "$log" 2>&1 || { tail -40 "$log"; exit 1; }
  local csc gen wg # (a variant without a generator has no line for it)
  csc=$(awk '$2 == "ms" && $3 == "Csc" && $5 == "calls" {printf "%.3f", $1 / 1000}' "$log")
  gen=$(awk '$3 == "CodeTables.Generator.CodeTablesGenerator" {print $1}' "$log")
  wg=$(awk '$3 == "WarmGenerator" {print $1}' "$log")
  echo "$v ${csc:-?} ${gen:-0} ${wg:-0}"
}

echo "== $rounds rounds (seconds: Csc task, CodeTables generator, warm-up generator); $(uptime)"
: > "$work/results"
for i in $(seq "$rounds"); do
  for v in plain il warm; do measure "$v" | tee -a "$work/results"; done
done
echo "== medians ($(uptime))"
median() { sort -n | awk '{a[NR]=$1} END {printf "%.3f", (NR % 2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
for v in plain il warm; do
  echo "$v: Csc $(awk -v v="$v" '$1 == v {print $2}' "$work/results" | median) s, CodeTables generator $(awk -v v="$v" '$1 == v {print $3}' "$work/results" | median) s, warm-up generator $(awk -v v="$v" '$1 == v {print $4}' "$work/results" | median) s"
done
