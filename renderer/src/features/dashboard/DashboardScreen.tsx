/** The indicator dashboard: the figures of the workbook's Indicators sheet, with charts, in the app. */
import { useState } from 'react';
import { useServices } from '../../app/services-context';
import { DEFAULT_FILTER, FIRST_CHOSEN_KEY, type ResponseFilter } from '../../analysis/compute-dashboard';
import { DashboardView } from './DashboardView';
import { useDashboard } from './use-dashboard';
import './dashboard.css';

export function DashboardScreen() {
  const { lang } = useServices();
  const [filter, setFilter] = useState<ResponseFilter>(DEFAULT_FILTER);
  const [chosenKey, setChosenKey] = useState(FIRST_CHOSEN_KEY);
  const state = useDashboard(filter);
  return (
    <DashboardView
      state={state}
      filter={filter}
      onFilterChange={setFilter}
      lang={lang}
      chosenKey={chosenKey}
      onChosenKeyChange={setChosenKey}
    />
  );
}
