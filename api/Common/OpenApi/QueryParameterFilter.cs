using System.Reflection;
using System.Text.Json;
using Antq.Api.Common.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Antq.Api.Common.OpenApi;

/// <summary>
/// List queries bind [AsParameters] records: clients see camelCase names, and enum filters (bound through
/// <see cref="QueryEnum{T}"/>, which the API explorer reports as plain strings) show their allowed values.
/// </summary>
internal sealed class QueryParameterFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var enumFilters = context.MethodInfo.GetParameters()
            .Where(p => p.GetCustomAttribute<AsParametersAttribute>() is not null)
            .SelectMany(p => p.ParameterType.GetProperties())
            .Select(p => (Name: JsonNamingPolicy.CamelCase.ConvertName(p.Name), EnumType: EnumOf(p.PropertyType)))
            .Where(p => p.EnumType is not null)
            .ToDictionary(p => p.Name, p => p.EnumType!);

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In != ParameterLocation.Query || parameter.Name is null)
                continue;
            parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(parameter.Name);
            if (enumFilters.TryGetValue(parameter.Name, out var enumType))
                parameter.Schema = context.SchemaGenerator.GenerateSchema(enumType, context.SchemaRepository);
        }
    }

    private static Type? EnumOf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(QueryEnum<>) ? underlying.GetGenericArguments()[0] : null;
    }
}
