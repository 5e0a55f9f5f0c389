using System.ComponentModel.DataAnnotations;
using Antq.Api.Common.Api;
using Antq.Api.Data;
using Antq.Api.Domain;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Antq.Api.Features.Units;

/// <summary>The fields a client writes when creating or updating a unit.</summary>
public abstract record UnitFields
{
    /// <example>UBND phường Định Công</example>
    public string Name { get; init; } = "";

    /// <example>authority</example>
    [Required]
    public UnitKind? Kind { get; init; }

    /// <example>commune</example>
    [Required]
    public UnitLevel? Level { get; init; }

    /// <summary>The unit above this one; null at the top of the tree.</summary>
    public Guid? ParentId { get; init; }

    /// <summary>The day the unit was dissolved; null while it exists.</summary>
    public DateOnly? DissolvedOn { get; init; }
}

/// <summary>Rules shared by create and update.</summary>
public abstract class UnitFieldsValidator<T> : AbstractValidator<T> where T : UnitFields
{
    protected UnitFieldsValidator(AntqDbContext db)
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Kind).NotNull().IsInEnum();
        RuleFor(x => x.Level).NotNull().IsInEnum();
        RuleFor(x => x.ParentId)
            .MustAsync((id, ct) => db.Units.AnyAsync(u => u.Id == id, ct))
            .When(x => x.ParentId is not null)
            .WithMessage(_ => Localized.Text("Không có đơn vị nào có mã này.", "No unit has this id."));
    }
}
