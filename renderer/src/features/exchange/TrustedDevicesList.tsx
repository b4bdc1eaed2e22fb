/** The devices this computer trusts: whose packages it imports, with the fingerprint confirmed for each. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import type { TrustedDevice } from '../../db/exchange-repository';
import { formatDateTime } from '../../ui/format';

export function TrustedDevicesList({ refresh }: { refresh: number }) {
  const { t } = useTranslation('exchange');
  const { exchange, lang } = useServices();
  const [devices, setDevices] = useState<TrustedDevice[] | null>(null);

  useEffect(() => {
    let live = true;
    void exchange.trustedDevices().then((list) => live && setDevices(list));
    return () => {
      live = false;
    };
  }, [exchange, refresh]);

  if (devices === null) return null;
  return (
    <section aria-labelledby="trusted-title" className="trusted-devices">
      <h3 id="trusted-title">{t('trustedTitle')}</h3>
      {devices.length === 0 ? (
        <p className="muted">{t('trustedNone')}</p>
      ) : (
        <table aria-labelledby="trusted-title">
          <thead>
            <tr>
              <th scope="col">{t('trustedSurveyor')}</th>
              <th scope="col">{t('trustedDevice')}</th>
              <th scope="col">{t('trustedFingerprint')}</th>
              <th scope="col">{t('trustedAt')}</th>
              <th scope="col">{t('trustedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {devices.map((device) => (
              <tr key={device.deviceId}>
                <td>{device.surveyorName}</td>
                <td>
                  <code>{device.deviceId.slice(0, 8)}</code>
                </td>
                <td>
                  <code>{device.fingerprint}</code>
                </td>
                <td>{formatDateTime(device.trustedAt, lang)}</td>
                <td>{device.trustedByName}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
