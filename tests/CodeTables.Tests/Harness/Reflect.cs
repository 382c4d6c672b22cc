using System;
using System.Linq;
using System.Reflection;
using Xunit.Sdk;

namespace CodeTables.Tests.Harness;

/// <summary>Calls generated members of an in-memory assembly by name.</summary>
public static class Reflect
{
    public static Type Type(Assembly assembly, string fullName)
        => assembly.GetType(fullName) ?? throw new XunitException($"Type {fullName} was not generated. Types: {string.Join(", ", assembly.GetTypes().Select(t => t.FullName))}");

    public static object Member(Assembly assembly, string enumType, string member)
        => Enum.Parse(Type(assembly, enumType), member);

    /// <summary>Calls a static method of <paramref name="type"/> whose parameter types match the arguments'.</summary>
    public static object? Call(Type type, string method, params object?[] arguments)
    {
        var candidates = type.GetMethods(BindingFlags.Public | BindingFlags.Static).Where(m => m.Name == method && m.GetParameters().Length == arguments.Length).ToList();
        var match = candidates.FirstOrDefault(m => m.GetParameters().Zip(arguments).All(p => p.Second is null ? !p.First.ParameterType.IsValueType : p.First.ParameterType.IsInstanceOfType(p.Second) || (p.First.ParameterType.IsByRef && p.First.IsOut)))
            ?? throw new XunitException($"{type.Name}.{method} with {arguments.Length} arguments not found among: {string.Join("; ", candidates)}");
        try
        {
            return match.Invoke(null, arguments);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
    }

    /// <summary>Calls TryFromCode(code..., out value) and returns (found, value).</summary>
    public static (bool Found, object? Value) TryFromCode(Type extensions, params object?[] code)
    {
        var arguments = code.Append(null).ToArray();
        var method = extensions.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .First(m => m.Name == "TryFromCode" && m.GetParameters().Length == arguments.Length && m.GetParameters().Take(code.Length).All(p => p.ParameterType == (code.FirstOrDefault(c => c is not null)?.GetType() ?? typeof(string))));
        var found = (bool)method.Invoke(null, arguments)!;
        return (found, arguments[^1]);
    }
}
