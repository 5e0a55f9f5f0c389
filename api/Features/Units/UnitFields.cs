using System.ComponentModel.DataAnnotations;
using Antq.Api.Common.Api;
using Antq.Api.Common.Rules;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;

namespace Antq.Api.Features.Units;

/// <summary>The fields a client writes when creating or updating a unit.</summary>
public abstract record UnitFields
{
    /// <example>UBND phường Định Công</example>
    [FieldLabel("Tên đơn vị", "Name")]
    public string Name { get; init; } = "";

    /// <example>authority</example>
    [Required]
    [FieldLabel("Loại", "Kind")]
    public UnitKind? Kind { get; init; }

    /// <example>commune</example>
    [Required]
    [FieldLabel("Cấp", "Level")]
    public UnitLevel? Level { get; init; }

    /// <summary>The unit above this one; null at the top of the tree.</summary>
    [FieldLabel("Đơn vị cấp trên", "Parent unit")]
    public Guid? ParentId { get; init; }

    /// <summary>The day the unit was dissolved; null while it exists.</summary>
    [FieldLabel("Ngày giải thể", "Dissolved on")]
    public DateOnly? DissolvedOn { get; init; }
}

/// <summary>Rules shared by create and update.</summary>
public abstract class UnitFieldsValidator<T> : AbstractValidator<T> where T : UnitFields
{
    protected UnitFieldsValidator(AntqDbContext db)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(300).SingleLine();
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Level).NotNull().IsInEnum();
        RuleFor(x => x.ParentId)
            .MustBeAnExistingUnit(db);
    }
}
