# Sourced by run.sh and split.sh: the consumer of the shipped tables both measure, and the same consumer with the
# generator's output checked in as ordinary .cs files ("plain"). Needs $repo and $work.

# write_consumer [EXTRA_ITEMS]: $work/consumer/Consumer.csproj (the runtime referenced, the generator taken from
# $(GeneratorDir), every tables/*.csv a CodeTable item, EXTRA_ITEMS before the generator) and its Program.cs.
write_consumer() {
  mkdir -p "$work/consumer"
  cat > "$work/consumer/Consumer.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$repo/generator/CodeTables.Generator/build/CodeTables.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <InvariantGlobalization>true</InvariantGlobalization>
    <CodeTablesNamespace>Consumer.Tables</CodeTablesNamespace>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$repo/runtime/CodeTables/bin/Release/net8.0/CodeTables.dll" />
${1:-}    <Analyzer Include="\$(GeneratorDir)/CodeTables.Generator.dll" />
    <CodeTable Include="$repo/tables/*.csv" />
  </ItemGroup>
  <Import Project="$repo/generator/CodeTables.Generator/build/CodeTables.targets" />
</Project>
XML
  echo 'System.Console.WriteLine(typeof(Consumer.Tables.Q850Cause));' > "$work/consumer/Program.cs"
}

# write_plain GENERATOR_DIR: builds the consumer once with that generator, keeping its output in $work/generated, and
# writes $work/plain/Plain.csproj: the same project with those files as sources and no generator, restored.
write_plain() {
  echo "// emit $RANDOM" > "$work/consumer/Touch.cs"
  dotnet build "$work/consumer/Consumer.csproj" -c Release -nologo -v:q -nodeReuse:false -p:GeneratorDir="$1" \
    -p:EmitCompilerGeneratedFiles=true -p:CompilerGeneratedFilesOutputPath="$work/generated" > "$work/emit.log" 2>&1 || { cat "$work/emit.log"; exit 1; }
  mkdir -p "$work/plain"
  sed -e '/<Analyzer /d' -e '/<CodeTable /d' -e "s#</ItemGroup>#  <Compile Include=\"$work/generated/**/*.cs\" />\n  </ItemGroup>#" \
    "$work/consumer/Consumer.csproj" > "$work/plain/Plain.csproj"
  cp "$work/consumer/Program.cs" "$work/plain/"
  dotnet restore "$work/plain/Plain.csproj" -v:q > /dev/null
}
