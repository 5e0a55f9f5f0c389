import { Button, Group, Paper, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useAuth, useWritableUnits } from "../lib/auth";
import { notifyDone } from "../lib/notify";
import { eventInitiativesParams, useInitiativeEventLink, useInitiatives } from "../lib/resources/initiatives";
import { ErrorBanner } from "./ErrorBanner";
import { InitiativeList } from "./InitiativeList";
import { InitiativePicker } from "./InitiativePicker";

/**
 * An event's initiatives tab: the initiatives presented or reviewed there, with their progress; writers link another
 * (of those they may change) or unlink one. On paper only the list prints.
 */
export function EventInitiatives({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const { canWrite } = useAuth();
  const { allows } = useWritableUnits();
  const initiatives = useInitiatives(eventInitiativesParams(eventId));
  const link = useInitiativeEventLink();
  const [chosen, setChosen] = useState<string | null>(null);
  const items = initiatives.data?.items;

  const change = (initiativeId: string, linked: boolean) =>
    link.mutate({ initiativeId, eventId, linked }, {
      onSuccess: () => {
        if (linked) setChosen(null);
        notifyDone(t(linked ? "initiatives.eventTab.linked" : "initiatives.eventTab.unlinked"));
      },
    });

  return (
    <Stack gap="sm">
      {canWrite && (
        <Paper withBorder p={{ base: "md", sm: "lg" }} radius="md" className="no-print">
          <Group align="end" wrap="wrap" gap="sm">
            <div style={{ flex: "1 1 320px" }}>
              <InitiativePicker label={t("initiatives.eventTab.pick")} value={chosen} onChange={setChosen} writableOnly
                exclude={items?.map((initiative) => initiative.id)} />
            </div>
            <Button disabled={!chosen} loading={link.isPending && link.variables?.linked}
              onClick={() => chosen && change(chosen, true)}>
              {t("initiatives.eventTab.link")}
            </Button>
          </Group>
        </Paper>
      )}
      <ErrorBanner error={initiatives.error ?? link.error} />
      <InitiativeList initiatives={items} loading={initiatives.isPending}
        empty={<Paper withBorder p={{ base: "md", sm: "lg" }} radius="md"><Text c="dimmed">{t("initiatives.eventTab.empty")}</Text></Paper>}
        actions={canWrite ? (initiative) => allows(initiative.leadUnitId) && (
          <Button variant="subtle" color="red" size="compact-sm" className="no-print"
            loading={link.isPending && link.variables?.initiativeId === initiative.id && !link.variables.linked}
            aria-label={t("initiatives.eventTab.unlinkNamed", { name: initiative.name })}
            onClick={() => change(initiative.id, false)}>
            {t("initiatives.eventTab.unlink")}
          </Button>
        ) : undefined} />
    </Stack>
  );
}
